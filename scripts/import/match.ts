// Finding what a row names among the records already there: districts, product sets, producers,
// products and certificates. Names are compared with nameKey (case, tones and spacing do not count).
import { decidedKey } from '../../src/lib/certificates/certificate.ts';
import type { CertificateData } from '../../src/lib/content/schema.ts';
import { nameKey } from '../../src/lib/content/slug.ts';
import type { DistrictRef, MarkdownRecord, ProductSetRef } from './content.ts';

export type Lookup<T> = { found: T } | { ambiguous: T[] } | { unknown: true };

// "H. Tiên Phước", "TP Tam Kỳ", "thị xã Điện Bàn": the kind of unit is not part of the name.
const DISTRICT_KIND_PREFIX = /^(?:huyen|thi xa|thanh pho|quan|tp|tx|h|q)\s+/;
const SECTION_NUMBER_PREFIX = /^(?:[ivxlc]+|[a-z]|\d+)\s+/;

export class DistrictFinder {
  private byKey = new Map<string, DistrictRef[]>();

  constructor(readonly districts: DistrictRef[]) {
    for (const d of districts) {
      for (const key of new Set([nameKey(d.id), nameKey(d.name), nameKey(`${d.kind} ${d.name}`)])) {
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), d]);
      }
    }
  }

  find(text: string): Lookup<DistrictRef> {
    const key = nameKey(text.replace(/\(.*?\)/g, ' '));
    const hits = this.byKey.get(key) ?? this.byKey.get(key.replace(DISTRICT_KIND_PREFIX, '')) ?? [];
    if (hits.length === 1) return { found: hits[0] };
    if (hits.length > 1) return { ambiguous: hits };
    return { unknown: true };
  }

  /** A heading row such as "II. HUYỆN TIÊN PHƯỚC (12 sản phẩm)". */
  findHeading(text: string): DistrictRef | undefined {
    const key = nameKey(text.replace(/\(.*?\)/g, ' ')).replace(SECTION_NUMBER_PREFIX, '');
    const hit = this.find(key);
    return 'found' in hit ? hit.found : undefined;
  }

  /** The district an address names in a part that says its kind ("…, huyện Tiên Phước"), when exactly one does. */
  findInAddress(parts: string[]): DistrictRef | undefined {
    const ids = new Map<string, DistrictRef>();
    for (const part of parts) {
      if (!DISTRICT_KIND_PREFIX.test(nameKey(part))) continue;
      const hit = this.find(part);
      if ('found' in hit) ids.set(hit.found.id, hit.found);
    }
    return ids.size === 1 ? [...ids.values()][0] : undefined;
  }

  /** Names to suggest when a district is unknown. */
  names(): string {
    return this.districts.map((d) => `${d.name} (${d.id})`).join(', ') || '(none: content/districts/ is empty)';
  }
}

export class ProductSetFinder {
  constructor(readonly sets: ProductSetRef[]) {}

  /** By slug, code ("1.3") or name. */
  find(text: string): Lookup<ProductSetRef> {
    const key = nameKey(text);
    const hits = this.sets.filter((s) => s.id === text || s.code === text || nameKey(s.id) === key || nameKey(s.name) === key);
    if (hits.length === 1) return { found: hits[0] };
    if (hits.length > 1) return { ambiguous: hits };
    return { unknown: true };
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Records by every name they are known by, folded (nameKey): their name, former names (producers'
 * formerNames) and their slug and former slugs (formerSlugs, kept when records are renamed or
 * merged), so a row printed under an old name still finds the record it became.
 */
class NameIndex {
  private byKey = new Map<string, MarkdownRecord[]>();

  constructor(
    records: MarkdownRecord[],
    private names: (r: MarkdownRecord) => string[],
  ) {
    for (const r of records) this.add(r);
  }

  add(record: MarkdownRecord): void {
    const keys = new Set([
      ...this.names(record).map(nameKey),
      // A slug is a folded name with hyphens: "den-long-de-latana" is the key "den long de latana".
      ...[record.id, ...strings(record.data.formerSlugs)].map((s) => s.replace(/-/g, ' ')),
    ]);
    for (const key of keys) if (key) this.byKey.set(key, [...(this.byKey.get(key) ?? []), record]);
  }

  named(name: string): MarkdownRecord[] {
    return this.byKey.get(nameKey(name)) ?? [];
  }
}

/** Producers by their names, former names, slug and former slugs. */
export class ProducerIndex extends NameIndex {
  constructor(records: MarkdownRecord[]) {
    super(records, (r) => [str(r.data.name), ...((r.data.formerNames as { name?: unknown }[] | undefined) ?? []).map((f) => str(f?.name))].filter((n): n is string => !!n));
  }
}

/** Products by their name, slug and former slugs. */
export class ProductIndex extends NameIndex {
  constructor(records: MarkdownRecord[]) {
    super(records, (r) => [str(r.data.name)].filter((n): n is string => !!n));
  }
}

/** Where a certificate goes so the list stays oldest first (the order of certificatesNewestFirst, reversed). */
export function insertionIndex(existing: Partial<CertificateData>[], incoming: Partial<CertificateData>): number {
  const at = existing.findIndex((c) => decidedKey(c) > decidedKey(incoming));
  return at === -1 ? existing.length : at;
}
