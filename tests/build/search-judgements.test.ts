// The judged query set (tests/fixtures/search-judgements.json) against the built real catalogue,
// through the search page's own code (src/browser/search-engine.ts, run in Node on the built index
// and the built page's configuration: tests/helpers/search-node.ts). Each query must bring what a
// shopper expects into its first results, and a query no record is named by must say so; the
// precision at 5 the README reports is printed at the end.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { emptyState } from '../../src/lib/search/search-query';
import { paths, type Locale } from '../../src/lib/pages/routes';
import { nodeSearch, type NodeSearch } from '../helpers/search-node';
import { REAL, ROOT } from '../helpers/sites';

interface Judgement {
  q: string;
  locale: Locale;
  tags: string[];
  why: string;
  noAnswer?: boolean;
  top?: number;
  relevant?: string[];
  must?: string[];
  need?: number;
  englishText?: boolean;
}

const judged = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/search-judgements.json'), 'utf8')) as { queries: Judgement[] };
const records = readContent(REAL.contentDir);
const data = (r: (typeof records)[number]) => r.data as { district?: string; productSet?: string };

/** The result URLs a ref stands for in a language. */
function urlsOf(ref: string, locale: Locale): string[] {
  const [kind, slug] = ref.split(':') as [string, string];
  if (kind === 'product') return [paths.product(locale, slug)];
  if (kind === 'producer') return [paths.producer(locale, slug)];
  if (kind === 'salesPoint') return [paths.salesPoint(locale, slug)];
  const of = (collection: string, url: (id: string) => string, keep: (r: (typeof records)[number]) => boolean) =>
    records.filter((r) => r.collection === collection && keep(r)).map((r) => url(r.id));
  if (kind === 'district') {
    return [
      ...of('products', (id) => paths.product(locale, id), (r) => data(r).district === slug),
      ...of('producers', (id) => paths.producer(locale, id), (r) => data(r).district === slug),
      ...of('salesPoints', (id) => paths.salesPoint(locale, id), (r) => data(r).district === slug),
    ];
  }
  if (kind === 'set') return of('products', (id) => paths.product(locale, id), (r) => data(r).productSet === slug);
  throw new Error(`search-judgements.json: unknown ref "${ref}"`);
}

const engines = new Map<Locale, NodeSearch>();
const precision: { q: string; locale: Locale; p5: number }[] = [];

beforeAll(async () => {
  for (const locale of ['vi', 'en'] as const) engines.set(locale, await nodeSearch(REAL.outDir, locale));
});

afterAll(() => {
  if (precision.length === 0) return;
  const mean = precision.reduce((s, x) => s + x.p5, 0) / precision.length;
  const below = precision.filter((x) => x.p5 < 1).map((x) => `${x.q} (${x.locale}) ${x.p5.toFixed(2)}`);
  console.log(`search judgements: precision at 5 = ${mean.toFixed(3)} over ${precision.length} judged queries; below 1: ${below.join('; ') || 'none'}`);
});

describe('the judged query set', () => {
  it('has at least 40 queries, Vietnamese with and without tones, English, typos, places, producers, product types and no answer', () => {
    expect(judged.queries.length).toBeGreaterThanOrEqual(40);
    const tags = new Set(judged.queries.flatMap((j) => j.tags));
    for (const tag of ['tones', 'no-tones', 'en', 'typo', 'place', 'producer', 'type', 'no-answer', 'issue']) expect(tags, tag).toContain(tag);
    // Every ref names a record that exists.
    for (const j of judged.queries) for (const ref of [...(j.relevant ?? []), ...(j.must ?? [])]) expect(urlsOf(ref, j.locale).length, `${j.q}: ${ref}`).toBeGreaterThan(0);
    for (const j of judged.queries.filter((x) => !x.noAnswer)) {
      for (const ref of j.relevant!.filter((r) => /^(product|producer|salesPoint):/.test(r))) {
        const [kind, slug] = ref.split(':');
        const collection = kind === 'salesPoint' ? 'salesPoints' : `${kind}s`;
        expect(records.some((r) => r.collection === collection && r.id === slug), `${j.q}: ${ref}`).toBe(true);
      }
    }
  });

  it.each(judged.queries.map((j) => [`${j.q} (${j.locale})`, j] as const))('%s', async (_name, j) => {
    const search = engines.get(j.locale)!;
    const outcome = await search.engine.search({ ...emptyState(), q: j.q });
    const urls = await Promise.all(outcome.results.map(async (r) => (await r.result.data()).url));
    if (j.noAnswer) {
      // No record is named by it: the page says so (weaker matches in descriptions may follow).
      expect(outcome.strong, `${j.q}: ${urls.slice(0, 5).join(' ')}`).toBe(false);
      return;
    }
    const top = j.top ?? 5;
    const relevant = new Set(j.relevant!.flatMap((ref) => urlsOf(ref, j.locale)));
    const first = urls.slice(0, top);
    const hits = first.filter((u) => relevant.has(u)).length;
    const need = j.need ?? Math.min(top, relevant.size);
    const shown = `${j.q}: ${urls.slice(0, Math.max(top, 5)).join(' ')}`;
    expect(outcome.strong, shown).toBe(true);
    expect(hits, shown).toBeGreaterThanOrEqual(need);
    for (const ref of j.must ?? []) for (const url of urlsOf(ref, j.locale)) expect(first, `${shown} (must: ${url})`).toContain(url);
    const five = urls.slice(0, 5).filter((u) => relevant.has(u)).length;
    precision.push({ q: j.q, locale: j.locale, p5: five / Math.min(5, relevant.size) });
  });
});
