// What the sources reported, as the built site shows it (issue 27):
// - the statistics trend plots totals of certified products only; a round's count or a count of
//   participants stays in the table, labelled;
// - each district page says the latest total published for its district (as of when, from which
//   source) and how many of its OCOP products the catalogue holds, and the statistics page has the
//   same per district; a content folder without district figures (the fixture) shows neither;
// - a source read only in an English rendering is flagged wherever it is shown;
// - producers' "where to buy" facts show with their date and source.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { latestCertifiedTotal, orderFigureSeries } from '../../src/lib/content/figures';
import { LOCALES, paths, type Locale } from '../../src/lib/pages/routes';
import type { FigureData, ProducerData, ProductData, SourceData } from '../../src/lib/content/schema';
import { page } from '../helpers/dist';
import { REAL, SITES } from '../helpers/sites';

const fmt = (l: Locale) => new Intl.NumberFormat(l === 'en' ? 'en-GB' : 'vi-VN');

function contentOf(contentDir: string) {
  const records = readContent(contentDir);
  const of = <T>(c: string) => records.filter((r) => r.collection === c).map((r) => ({ id: r.id, data: r.data as T }));
  return {
    figures: of<FigureData>('figures').map((f) => f.data),
    districts: of<{ name: string }>('districts'),
    producers: of<ProducerData>('producers'),
    products: of<ProductData>('products'),
  };
}

const isTotal = (f: FigureData) => (f.counts ?? 'total') === 'total' && f.products !== undefined;

describe.each(SITES)('$name: published figures on the built site', (s) => {
  const content = contentOf(s.contentDir);
  const districtFigures = content.figures.filter((f) => f.scope === 'district');

  it.each(LOCALES)('%s: the province trend plots certified totals only, and the table labels the rest', (l) => {
    const root = page(s.outDir, paths.statistics(l));
    const province = content.figures.filter((f) => f.scope === 'province' && f.products !== undefined);
    const bars = root.querySelectorAll('[data-chart="published-trend"] [data-bar]').map((b) => b.getAttribute('data-bar'));
    expect(bars.sort()).toEqual(province.filter(isTotal).map((f) => f.id).sort());
    const others = province.filter((f) => !isTotal(f));
    expect(root.querySelector('[data-trend-note]') !== null, 'the note says what the chart leaves out').toBe(others.length > 0);
    for (const f of content.figures.filter((x) => x.counts && x.counts !== 'total' && x.scope !== 'district')) {
      expect(root.querySelector(`[data-figure="${f.id}"] [data-figure-counts="${f.counts}"]`), f.id).not.toBeNull();
    }
  });

  it.each(LOCALES)('%s: each district page states its latest published total, its source, and what the catalogue holds', (l) => {
    for (const d of content.districts) {
      const box = page(s.outDir, paths.district(l, d.id)).querySelector('[data-district-coverage]');
      if (districtFigures.length === 0) {
        expect(box, d.id).toBeNull();
        continue;
      }
      expect(box, d.id).not.toBeNull();
      const held = content.products.filter((p) => p.data.district === d.id && p.data.certificates.length > 0).length;
      expect(box!.getAttribute('data-catalogue-products'), d.id).toBe(String(held));
      // The latest total, figures.json read in the editor's order (an undated figure sorts with the next dated one after it).
      const f = latestCertifiedTotal(orderFigureSeries(districtFigures).filter((x) => x.district === d.id));
      const id = box!.getAttribute('data-figure') ?? null;
      expect(id, d.id).toBe(f?.id ?? null);
      if (!f) {
        expect(box!.textContent, d.id).toContain(fmt(l).format(held));
        continue;
      }
      const sentence = box!.querySelector('p')!.textContent;
      expect(sentence).toContain(fmt(l).format(f.products!));
      expect(sentence).toContain((l === 'en' && f.asOfEn) || f.asOf);
      expect(sentence).toContain(fmt(l).format(held));
      for (const src of f.sources) expect(box!.querySelector(`a[href="${src.url}"]`), `${d.id}: ${src.url}`).not.toBeNull();
      // Every figure of the district is in the folded table.
      const rows = box!.querySelectorAll('[data-district-figures] [data-figure]').map((r) => r.getAttribute('data-figure'));
      expect(rows.sort()).toEqual(districtFigures.filter((x) => x.district === d.id).map((x) => x.id).sort());
    }
  });

  it.each(LOCALES)('%s: the statistics page has the same coverage for every district, or none without district figures', (l) => {
    const table = page(s.outDir, paths.statistics(l)).querySelector('[data-coverage-by-district]');
    if (districtFigures.length === 0) {
      expect(table).toBeNull();
      return;
    }
    const rows = table!.querySelectorAll('tr[data-district]');
    expect(rows.map((r) => r.getAttribute('data-district')).sort()).toEqual(content.districts.map((d) => d.id).sort());
    for (const row of rows) {
      const id = row.getAttribute('data-district')!;
      const box = page(s.outDir, paths.district(l, id)).querySelector('[data-district-coverage]')!;
      for (const a of ['data-figure', 'data-published-products', 'data-catalogue-products']) expect(row.getAttribute(a), `${id} ${a}`).toBe(box.getAttribute(a));
      expect(row.querySelector(`a[href="${paths.district(l, id)}"]`), id).not.toBeNull();
    }
  });

  it.each(LOCALES)('%s: a source read only in an English rendering is flagged beside its link', (l) => {
    const flagged = (sources: SourceData[]) => sources.filter((x) => x.englishRendering).map((x) => x.url);
    const pages: [string, string[]][] = [
      ...content.producers.map((p): [string, string[]] => [paths.producer(l, p.id), flagged(p.data.sources)]),
      ...content.products.map((p): [string, string[]] => [paths.product(l, p.id), flagged(p.data.sources)]),
    ];
    for (const [url, urls] of pages) {
      const root = page(s.outDir, url);
      for (const link of root.querySelectorAll('#sources ~ ol a')) {
        const flag = link.closest('li')!.querySelector('[data-english-rendering]');
        expect(flag !== null, `${url}: ${link.getAttribute('href')}`).toBe(urls.includes(link.getAttribute('href')!));
      }
    }
  });

  it.each(LOCALES)('%s: a producer\'s "where to buy" facts show with their date and source', (l) => {
    for (const p of content.producers) {
      const section = page(s.outDir, paths.producer(l, p.id)).querySelector('[data-sold-at]');
      const facts = p.data.soldAt ?? [];
      expect(section?.querySelectorAll('[data-sold-at-fact]').length ?? 0, p.id).toBe(facts.length);
      facts.forEach((f, i) => {
        const item = section!.querySelectorAll('[data-sold-at-fact]')[i]!;
        expect(item.textContent).toContain((l === 'en' && f.whereEn) || f.where);
        const asOf = (l === 'en' && f.asOfEn) || f.asOf;
        if (asOf) expect(item.textContent).toContain(asOf);
        expect(item.querySelector(`a[href="${f.source}"]`), `${p.id}: ${f.source}`).not.toBeNull();
      });
    }
  });
});

describe('the real catalogue', () => {
  it('has district figures, and says of Thăng Bình what the issue asked for', () => {
    const en = page(REAL.outDir, paths.district('en', 'thang-binh')).querySelector('[data-district-coverage]')!;
    expect(en.querySelector('p')!.textContent).toMatch(/^Thăng Bình reported 32 OCOP products \(Early 2025\); this catalogue holds \d+ of Thăng Bình’s OCOP products\.$/);
    expect(en.querySelector('[data-english-rendering]')).not.toBeNull();
    const vi = page(REAL.outDir, paths.district('vi', 'thang-binh')).querySelector('[data-district-coverage]')!;
    expect(vi.querySelector('p')!.textContent).toMatch(/^Theo số liệu đã công bố, Thăng Bình có 32 sản phẩm OCOP \(Đầu năm 2025\); danh mục này có \d+ sản phẩm OCOP của Thăng Bình\.$/);
  });

  it('takes an undated figure as older than the dated one after it in figures.json (Núi Thành: 13 about 2021, then 22 in 12/2023)', () => {
    const box = page(REAL.outDir, paths.district('vi', 'nui-thanh')).querySelector('[data-district-coverage]')!;
    expect(box.getAttribute('data-figure')).toBe('nui-thanh-2023-12');
    expect(box.getAttribute('data-published-products')).toBe('22');
  });

  it('does not chart the 2018 pilot\'s participants beside certified totals', () => {
    const root = page(REAL.outDir, paths.statistics('vi'));
    expect(root.querySelector('[data-chart="published-trend"] [data-bar="2018-thi-diem"]')).toBeNull();
    expect(root.querySelector('[data-figure="2018-thi-diem"] [data-figure-counts="participants"]')).not.toBeNull();
  });
});
