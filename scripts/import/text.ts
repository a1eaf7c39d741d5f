// Every message of the import exists in Vietnamese (the default: office staff read it) and in English
// (--lang en). A message is built once, as both, where the fact is known, and printed in one language.
import type { Lang } from '../shared/lang.ts';

export type { Lang };

export interface Text {
  vi: string;
  en: string;
}

/** A message in both languages. */
export const t = (vi: string, en: string): Text => ({ vi, en });

/** Parts joined in each language. */
export function join(parts: Text[], separator = '; '): Text {
  return { vi: parts.map((p) => p.vi).join(separator), en: parts.map((p) => p.en).join(separator) };
}

export const q = JSON.stringify;

/** An error whose message the editor reads: English in `message`, both in `text`. */
export class TextError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}
