// Finding what a row names among the records already there: districts, product sets, producers,
// products and certificates. Names are compared with nameKey (case, tones and spacing do not count).
import { decidedKey } from '../../src/lib/certificate.ts';
import type { CertificateData } from '../../src/lib/schema.ts';
import { nameKey } from '../../src/lib/slug.ts';
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

/** Producers by every name they are known by (current and former). */
export class ProducerIndex {
  private byKey = new Map<string, MarkdownRecord[]>();

  constructor(records: MarkdownRecord[]) {
    for (const r of records) this.add(r);
  }

  add(record: MarkdownRecord): void {
    const names = [str(record.data.name), ...((record.data.formerNames as { name?: unknown }[] | undefined) ?? []).map((f) => str(f?.name))];
    for (const key of new Set(names.filter((n): n is string => !!n).map(nameKey))) {
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), record]);
    }
  }

  named(name: string): MarkdownRecord[] {
    return this.byKey.get(nameKey(name)) ?? [];
  }
}

/** Products by producer and name: a re-rating names the same product of the same producer. */
export class ProductIndex {
  private byKey = new Map<string, MarkdownRecord[]>();
  private withoutProducer = new Map<string, MarkdownRecord[]>();

  constructor(records: MarkdownRecord[]) {
    for (const r of records) this.add(r);
  }

  private static key(producerId: string, name: string): string {
    return `${producerId}\u0000${nameKey(name)}`;
  }

  add(record: MarkdownRecord): void {
    const name = str(record.data.name);
    if (!name) return;
    const producer = str(record.data.producer);
    const [map, key] = producer ? [this.byKey, ProductIndex.key(producer, name)] : [this.withoutProducer, nameKey(name)];
    map.set(key, [...(map.get(key) ?? []), record]);
  }

  find(producerId: string, name: string): MarkdownRecord[] {
    return this.byKey.get(ProductIndex.key(producerId, name)) ?? [];
  }

  /** Products of this name recorded without a producer: possibly the same product, for a warning. */
  namelessProducer(name: string): MarkdownRecord[] {
    return this.withoutProducer.get(nameKey(name)) ?? [];
  }
}

type Cert = Partial<CertificateData>;

function sameDecision(a: Cert, b: Cert): boolean {
  return !!a.decision && !!b.decision && nameKey(a.decision) === nameKey(b.decision);
}

function sameTime(a: Cert, b: Cert): boolean {
  if (a.date && b.date) return a.date === b.date;
  const yearOf = (c: Cert) => (c.date ? Number(c.date.slice(0, 4)) : c.year);
  // One side gives only the year: the same year is the same time unless the decisions say otherwise.
  const [ya, yb] = [yearOf(a), yearOf(b)];
  return ya !== undefined && ya === yb && (!a.decision || !b.decision || sameDecision(a, b));
}

export type CertificateMatch = { identical: number } | { conflict: number } | { none: true };

/**
 * An identical certificate has the same stars and the same date or decision. The same decision
 * giving different stars to one product is a contradiction, not a re-rating.
 */
export function matchCertificate(existing: Cert[], incoming: Cert): CertificateMatch {
  const identical = existing.findIndex((c) => c.stars === incoming.stars && (sameDecision(c, incoming) || sameTime(c, incoming)));
  if (identical >= 0) return { identical };
  const conflict = existing.findIndex((c) => c.stars !== undefined && c.stars !== incoming.stars && sameDecision(c, incoming) && (!c.date || !incoming.date || c.date === incoming.date));
  if (conflict >= 0) return { conflict };
  return { none: true };
}

/** Where a certificate goes so the list stays oldest first (the order of certificatesNewestFirst, reversed). */
export function insertionIndex(existing: Cert[], incoming: Cert): number {
  const at = existing.findIndex((c) => decidedKey(c) > decidedKey(incoming));
  return at === -1 ? existing.length : at;
}
