// Which field of a record a search match is in, from the match's word position alone. A record's
// search text is laid out in fixed slots of word positions, strongest field first (its names, its
// product type, its product set, its producer, its place, then its description), each slot padded
// to SLOT_WORDS with punctuation, which Pagefind counts as positions but never indexes. So the
// position Pagefind reports for a match (a result's `words`) tells the field without loading the
// record, and no phrase runs from one field into the next.

/** The fields of a search record, strongest first; the index of a field is its slot. */
export const FIELDS = ['name', 'type', 'set', 'producer', 'place', 'description'] as const;
export type Field = (typeof FIELDS)[number];

/** Word positions per slot. A field with more words keeps its first words and gives the rest to the description. */
export const SLOT_WORDS = 200;

/** The filler between fields: one position per token, no word (Pagefind strips punctuation before indexing). */
export const SLOT_FILLER = '·';

/**
 * The name field starts with the record's own name as printed and, NAME_PART words further, its
 * ASCII copy: a match at either place is at the head of the name ("mật ong Trà My" for "mật ong",
 * not "Sâm Ngọc Linh ngâm mật ong"). Its other names (English, former) follow.
 */
export const NAME_PART = 40;

/** True when a position is the first word of the record's name or of its ASCII copy. */
export const isNameHead = (position: number): boolean => position === 0 || position === NAME_PART;

/** The field a word position falls in (the description takes every position after the fifth slot). */
export function fieldAt(position: number): Field {
  return FIELDS[Math.min(Math.floor(position / SLOT_WORDS), FIELDS.length - 1)]!;
}

/** The strongest field among match positions; undefined when there are none. */
export function strongestField(positions: readonly number[]): Field | undefined {
  if (positions.length === 0) return undefined;
  return fieldAt(Math.min(...positions));
}

/** Whitespace-separated tokens, as Pagefind counts positions. */
const tokens = (text: string) => text.split(/\s+/).filter(Boolean);

export interface SlottedText {
  /** The text of each slot, padded (every slot but the description). */
  slots: Record<Field, string>;
  /** How many words each field had before padding, and how many went to the description. */
  overflow: number;
}

const padded = (words: string[], length: number) => [...words, ...Array<string>(Math.max(0, length - words.length)).fill(SLOT_FILLER)];

/** The name field's words: its name at 0, the name's ASCII copy at NAME_PART, then its other names. */
function nameWords(name: { head: string; headFolded: string; others: string }): string[] {
  const head = tokens(name.head);
  const folded = tokens(name.headFolded);
  // A name too long for its part (never seen) goes with the other names.
  if (head.length >= NAME_PART || folded.length >= NAME_PART) return [...head, ...folded, ...tokens(name.others)];
  return [...padded(head, NAME_PART), ...padded(folded, NAME_PART), ...tokens(name.others)];
}

export interface FieldTexts extends Partial<Record<Exclude<Field, 'name'>, string>> {
  name: { head: string; headFolded: string; others: string };
}

/**
 * Lays the fields out in their slots: each field's words, then filler up to SLOT_WORDS positions.
 * Words beyond a slot are moved to the description (still found, only ranked as weakly).
 */
export function slotText(fields: FieldTexts): SlottedText {
  const spill: string[] = [];
  const slots = {} as Record<Field, string>;
  for (const field of FIELDS) {
    if (field === 'description') continue;
    // One position is kept free: the filler's first token ends the field.
    const words = field === 'name' ? nameWords(fields.name) : tokens(fields[field] ?? '');
    const kept = words.slice(0, SLOT_WORDS - 1);
    spill.push(...words.slice(SLOT_WORDS - 1));
    slots[field] = padded(kept, SLOT_WORDS).join(' ');
  }
  slots.description = [...tokens(fields.description ?? ''), ...spill].join(' ');
  return { slots, overflow: spill.length };
}
