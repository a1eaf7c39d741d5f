// What the search index is given: each record page's one search record (scripts/after-build/index-search.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, recordKeys, recordOf as recordOfBytes, recordPageFiles, recordPart } from '../../../scripts/after-build/index-search';

/** recordOf reads a page's bytes, as the indexer reads them from disk. */
const recordOf = (html: string, file: string) => recordOfBytes(Buffer.from(html), file);

const page = (body: string, lang = 'vi') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title></head><body><header><nav>Sản phẩm</nav></header><main><h1>Nước mắm</h1>${body}</main></body></html>`;
const RECORD = '<div hidden data-pagefind-body data-search-record="product"><p data-pagefind-weight="10">Nước mắm Cửa Khe</p><span data-pagefind-filter="stars:4"></span></div>';

describe('recordKeys', () => {
  it('reads the type, name key and star level the record is ordered by, and nothing for a page without a record', () => {
    const html = page('<div hidden data-pagefind-body data-search-record="producer" data-record-name="htx cua khe" data-record-stars="4"><p>HTX Cửa Khe</p></div>');
    expect(recordKeys(Buffer.from(html), 'chu-the/htx/index.html')).toEqual({ type: 'producer', name: 'htx cua khe', stars: 4, file: 'chu-the/htx/index.html' });
    expect(recordKeys(Buffer.from(page('<p>Danh sách</p>')), 'san-pham/index.html')).toBeNull();
  });

  it('names the page and the attribute when a record lacks one', () => {
    expect(() => recordKeys(Buffer.from(page(RECORD)), 'san-pham/x/index.html')).toThrow(/san-pham\/x\/index\.html: the search record has no data-record-name/);
    const noType = page('<div hidden data-pagefind-body data-record-name="x" data-record-stars="0"></div>');
    expect(() => recordKeys(Buffer.from(noType), 'san-pham/y/index.html')).toThrow(/san-pham\/y\/index\.html: .*no data-search-record type/);
  });
});

describe('recordOf', () => {
  it('keeps the page language and the record element, nothing else of the page', () => {
    const doc = recordOf(page(`<p>Tình trạng</p>${RECORD}<footer>Liên hệ</footer>`, 'en'), 'en/products/x/index.html');
    expect(doc).toBe(`<!doctype html><html lang="en"><head></head><body>${RECORD}</body></html>`);
  });

  it('gives null for a page without a record (a list page in the same folder)', () => {
    expect(recordOf(page('<ul><li>Nước mắm</li></ul>'), 'san-pham/3-sao/index.html')).toBeNull();
  });

  it('refuses a page with two records or a record that nests its own element, naming the file', () => {
    expect(() => recordOf(page(RECORD + RECORD), 'san-pham/x/index.html')).toThrow(/san-pham\/x\/index\.html: more than one element with data-pagefind-body/);
    expect(() => recordOf(page('<div data-pagefind-body><div>a</div></div>'), 'san-pham/y/index.html')).toThrow(/san-pham\/y\/index\.html: .*without a nested <div>/);
  });

  it('refuses a record page without <html lang>', () => {
    expect(() => recordOf(`<html><body>${RECORD}</body></html>`, 'chu-the/z/index.html')).toThrow(/chu-the\/z\/index\.html: no <html lang>/);
  });
});

describe('recordPart', () => {
  const FIELDS_HTML =
    '<p data-record-field="name">Nước mắm Cửa Khe</p><p data-record-field="place" lang="vi">Núi Thành</p>' +
    '<p data-record-field="description" lang="vi">Đánh bắt &amp; ủ chượp ở Tam Quang</p><span data-pagefind-filter="stars:4"></span><span data-pagefind-meta="title:Nước mắm"></span>';
  const record = `<!doctype html><html lang="en"><head></head><body><div hidden data-pagefind-body data-search-record="product">${FIELDS_HTML}</div></body></html>`;

  it('gives the whole record to a bundle that holds its descriptions itself', () => {
    expect(recordPart(record, 'whole', 'x')).toBe(record);
  });

  it('takes the description paragraph out for the records’ bundle, keeping every other field, filter and meta', () => {
    const without = recordPart(record, 'withoutDescription', 'x');
    expect(without).not.toContain('Tam Quang');
    expect(without).toContain('<p data-record-field="place" lang="vi">Núi Thành</p>');
    expect(without).toContain('data-pagefind-filter="stars:4"');
    expect(without).toContain('data-pagefind-meta="title:Nước mắm"');
  });

  it('gives the descriptions’ bundle the description alone, in the page’s language, with no filter or meta', () => {
    expect(recordPart(record, 'description', 'x')).toBe(
      '<!doctype html><html lang="en"><head></head><body><div data-pagefind-body><p data-record-field="description" lang="vi">Đánh bắt &amp; ủ chượp ở Tam Quang</p></div></body></html>',
    );
    // An empty description is still a page, with one word no one types: Pagefind leaves out a page
    // without words, and the bundles' page numbers must stay aligned.
    const empty = record.replace(/(<p data-record-field="description" lang="vi">)[^<]*/, '$1');
    expect(recordPart(empty, 'description', 'x')).toContain('<p data-record-field="description" lang="vi">\u203f</p>');
  });

  it('names the page when a record has no description paragraph to split', () => {
    const none = record.replace(/<p data-record-field="description".*?<\/p>/, '');
    expect(() => recordPart(none, 'withoutDescription', 'san-pham/x/index.html')).toThrow(/san-pham\/x\/index\.html: the search record has no description paragraph/);
  });
});

describe('readPage', () => {
  it('gives each page its own bytes, whatever the size of the page read before', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-pages-'));
    const big = page(`<p>${'Nước mắm Cửa Khe '.repeat(100_000)}</p>${RECORD}`);
    const small = page(RECORD, 'en');
    fs.writeFileSync(path.join(dir, 'big.html'), big);
    fs.writeFileSync(path.join(dir, 'small.html'), small);
    expect(readPage(path.join(dir, 'small.html')).toString('utf8')).toBe(small);
    expect(readPage(path.join(dir, 'big.html')).toString('utf8')).toBe(big);
    expect(recordOfBytes(readPage(path.join(dir, 'small.html')), 'small.html')).toBe(`<!doctype html><html lang="en"><head></head><body>${RECORD}</body></html>`);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('recordPageFiles', () => {
  it("lists the index.html one folder below each record path of a language, not deeper pages or other folders", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-records-'));
    for (const f of ['san-pham/nuoc-mam/index.html', 'san-pham/trang/2/index.html', 'chu-the/htx-a/index.html', 'diem-ban/hoi-an/index.html', 'en/products/nuoc-mam/index.html', 'admin/index.html', 'san-pham/index.html']) {
      fs.mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
      fs.writeFileSync(path.join(dist, f), '');
    }
    expect(recordPageFiles(dist, 'vi')).toEqual(['san-pham/nuoc-mam/index.html', 'chu-the/htx-a/index.html', 'diem-ban/hoi-an/index.html']);
    expect(recordPageFiles(dist, 'en')).toEqual(['en/products/nuoc-mam/index.html']);
    fs.rmSync(dist, { recursive: true });
  });
});
