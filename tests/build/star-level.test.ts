// The real catalogue after issue 14: products whose star level no source gives are shown as
// "OCOP, chưa rõ hạng sao" everywhere (never as stars, never hidden), the merged lantern keeps its
// certificate history, and the statistics page states the catalogue's coverage.
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths } from '../../src/lib/pages/routes';
import { htmlFiles, page } from '../helpers/dist';
import { REAL } from '../helpers/sites';

interface Cert {
  stars?: number;
  starsUnknown?: true;
  year?: number;
}
const products = new Map(
  readContent(REAL.contentDir)
    .filter((r) => r.collection === 'products')
    .map((r) => [r.id, r.data as { name: string; district: string; certificates: Cert[] }]),
);

/**
 * The rows of quang-nam-products.csv with an empty `stars` cell once quang-nam-product-updates.csv is
 * applied (no update gives a star level), as the products they became. Ref 13 (the Hoa Nam lantern,
 * no stars of its own) is merged into ref 1's product, which has stars, so it is not one of them.
 */
const NO_STAR_LEVEL_ROWS: Record<number, string> = {
  112: 'ruou-ba-kich', // OCOP 2019 with its star level contested (4★ in one source, maybe 3★ in another): issue 27
  113: 'che-day-tui-loc-bao-chau', // district proposal only, provincial result not found
  137: 'nuoc-mang-tay-xanh-go-noi',
  152: 'muc-tam-uop-gia-vi-tam-loc',
  153: 'cha-muc-tam-loc',
  154: 'banh-tet',
  155: 'nam-dong-trung-ha-thao-duy-loi',
  156: 'tinh-bot-nghe-trang',
  158: 'bot-chuoi-xanh',
  160: 'dau-phung-tra-dong',
  161: 'mia-tim-bac-tra-my',
  162: 'cam-sanh-tra-duong',
  163: 'ca-that-lac-song-tranh-phi-le',
  165: 'vong-deo-tay-phong-thuy-huynh-dan',
  166: 'ca-dieu-hong-song-tranh-say-kho',
  169: 'tra-rau-ma-rung',
  171: 'gao-do-nam-tra-my',
  172: 'mat-ong-tra-my',
  173: 'tinh-dau-que-ngoc-don',
  174: 'cao-dang-sam-nam-tra-my',
  175: 'sam-ham-ga',
  176: 'cao-ba-kich',
  178: 'che-quyet-thang',
  179: 'ruou-kakun',
};
/**
 * Rows whose `stars` cell is filled but another source gives another level: a conflict of star levels
 * is recorded as starsUnknown with both levels in the text (issue 27), never as one of them.
 */
const CONFLICTING_STAR_ROWS: Record<number, string> = {
  111: 'ruou-dang-sam', // 3★ on the provincial OCOP portal, 4★ (2019) in a 2020 Báo Quảng Nam article
};
/** The one without any certificate; the others are OCOP with the star level not stated. */
const WITHOUT_CERTIFICATE = ['che-day-tui-loc-bao-chau'];
const UNSTATED = [...Object.values(NO_STAR_LEVEL_ROWS), ...Object.values(CONFLICTING_STAR_ROWS)].filter((id) => !WITHOUT_CERTIFICATE.includes(id));
const EXAMPLE = 'mia-tim-bac-tra-my';

describe('the real catalogue after the December 2026 rows', () => {
  it('holds at least 170 products and 100 producers, one file per product', () => {
    expect(products.size).toBeGreaterThanOrEqual(170);
    const producers = readContent(REAL.contentDir).filter((r) => r.collection === 'producers');
    expect(producers.length).toBeGreaterThanOrEqual(100);
    // The two lantern records are one product now.
    expect(products.has('den-long-hoi-an-den-long-de-lantana')).toBe(false);
  });

  it('has exactly one product without a star level per reference row without one, or with a contested one', () => {
    const newest = (certs: Cert[]) => [...certs].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)).at(-1);
    const noStars = [...products].filter(([, p]) => p.certificates.length === 0 || newest(p.certificates)!.stars === undefined).map(([id]) => id);
    expect(noStars.sort()).toEqual([...Object.values(NO_STAR_LEVEL_ROWS), ...Object.values(CONFLICTING_STAR_ROWS)].sort());
    const unknown = [...products].filter(([, p]) => p.certificates.some((c) => c.starsUnknown)).map(([id]) => id);
    expect(unknown.sort()).toEqual([...UNSTATED].sort());
  });
});

describe('a product whose star level is not stated, in the built site', () => {
  it('says "OCOP, chưa rõ hạng sao" on its page, with no drawing of stars, in both languages', () => {
    for (const id of UNSTATED) {
      const vi = page(REAL.outDir, paths.product('vi', id));
      const badge = vi.querySelector('[data-current-status] [data-stars]')!;
      expect(badge.getAttribute('data-stars'), id).toBe('unstated');
      expect(badge.textContent).toContain('OCOP, chưa rõ hạng sao');
      expect(vi.querySelector('[data-current-status] svg'), id).toBeNull();
      expect(vi.querySelector('meta[name="description"]')!.getAttribute('content')).not.toMatch(/\d sao/);
      for (const cell of vi.querySelectorAll('td[data-stars]')) expect(cell.getAttribute('data-stars')).toBe('unstated');
    }
    const en = page(REAL.outDir, paths.product('en', EXAMPLE));
    expect(en.querySelector('[data-current-status] [data-stars]')!.textContent).toContain('OCOP, star level not stated');
  });

  it('is listed on its district page, as "OCOP, chưa rõ hạng sao"', () => {
    const district = products.get(EXAMPLE)!.district;
    const card = page(REAL.outDir, paths.district('vi', district)).querySelector(`[data-product="${EXAMPLE}"]`);
    expect(card).not.toBeNull();
    expect(card!.querySelector('[data-stars]')!.getAttribute('data-stars')).toBe('unstated');
  });

  it('is never shown with stars on any page', () => {
    const unstated = new Set(UNSTATED);
    let cards = 0;
    for (const file of htmlFiles(REAL.outDir)) {
      for (const card of page(REAL.outDir, file).querySelectorAll('[data-product]')) {
        const id = card.getAttribute('data-product')!;
        if (!unstated.has(id)) continue;
        cards++;
        for (const s of card.querySelectorAll('[data-stars]')) expect(s.getAttribute('data-stars'), `${file}: ${id}`).toBe('unstated');
      }
    }
    expect(cards).toBeGreaterThan(UNSTATED.length);
  });

  it('is in the product CSV with star_level "not stated" and no stars', () => {
    const rows = parse(fs.readFileSync(path.join(REAL.outDir, 'data/san-pham.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    for (const id of UNSTATED) {
      const row = rows.find((r) => r.id === id)!;
      expect(row, id).toBeDefined();
      expect(row.stars).toBe('');
      expect(row.star_level).toBe('not stated');
    }
    expect(rows.filter((r) => r.star_level === 'not stated')).toHaveLength(UNSTATED.length);
  });

  it('is indexed for search with the "unstated" star filter', () => {
    const html = fs.readFileSync(path.join(REAL.outDir, 'san-pham', EXAMPLE, 'index.html'), 'utf8');
    expect(html).toContain('data-pagefind-filter="stars:unstated"');
  });
});

describe('the merged Hoa Nam lantern', () => {
  it('is one product with its certificates newest first: 3★ 2025 (Hội An), 4★ 2019, 3★ 2018', () => {
    const root = page(REAL.outDir, paths.product('vi', 'den-long-de-latana'));
    const rows = root.querySelectorAll('[data-certificate-status]').filter((r) => r.tagName === 'TR');
    expect(rows.map((r) => r.querySelector('td[data-stars]')!.getAttribute('data-stars'))).toEqual(['3', '4', '3']);
    expect(rows.map((r) => r.textContent.match(/20\d\d/)?.[0])).toEqual(['2025', '2019', '2018']);
  });
});

describe('the statistics page', () => {
  it('states the coverage against the latest province figure, with its date and source', () => {
    const root = page(REAL.outDir, paths.statistics('vi'));
    const box = root.querySelector('[data-coverage]')!;
    expect(box.getAttribute('data-catalogue-products')).toBe(String(products.size));
    expect(box.getAttribute('data-published-products')).toBe('482');
    expect(box.textContent).toContain('12/2024');
    expect(box.textContent).toContain('479');
    expect(box.querySelector('a[href^="https://etime.danviet.vn/"]')).not.toBeNull();
    expect(root.querySelector('[data-stat="unstated"]')!.getAttribute('data-value')).toBe(String(UNSTATED.length));
  });
});
