// What the content editor refuses to save (src/lib/cms/validation.ts): the check's own rules for one
// record, each error at its field, in Vietnamese; and nothing the check accepts is refused (every
// real product and producer passes as the editor would hold it).
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { cmsInputs } from '../../../scripts/cms/admin-files';
import { YAML_ENGINE } from '../../../scripts/shared/front-matter';
import { checkMessageVi, isKnownCheckMessage } from '../../../src/lib/cms/check-messages-vi';
import { dateFromInput, dateToInput } from '../../../src/lib/cms/date-input';
import { certificateText, listContext, type EditorNames } from '../../../src/lib/cms/display';
import { cleanEntry, cleanEntryWithPaths, editorProblems, fieldPath, type FieldProblem, type KnownSlugs } from '../../../src/lib/cms/validation';
import { validateContent } from '../../../src/lib/content/validate';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TODAY = '2026-11-23';
const inputs = cmsInputs(path.join(ROOT, 'content'), ROOT);
const known: KnownSlugs = {
  districts: inputs.districts.map((o) => o.value),
  productSets: inputs.productSets.map((o) => o.value),
  salesPoints: inputs.salesPoints.map((o) => o.value),
  formerCommunes: inputs.formerCommunes,
};

/** A product as a new entry of the form holds it once filled in correctly. */
const product = (over: Record<string, unknown> = {}) => ({
  name: 'Mật ong rừng thử nghiệm',
  producer: 'cong-ty-tnhh-son-tien',
  productSet: 'gia-vi-khac',
  district: 'tien-phuoc',
  certificates: [{ stars: 4, level: 'province', decision: '3610/QĐ-UBND', date: '2022-12-29' }],
  sources: [{ url: 'https://example.org/qd-3610', title: 'Quyết định 3610/QĐ-UBND' }],
  ...over,
});

const problems = (data: unknown, collection: 'products' | 'producers' = 'products') => editorProblems({ collection, data }, TODAY, known);
const at = (list: FieldProblem[], ...path: (string | number)[]) => list.filter((p) => JSON.stringify(p.path) === JSON.stringify(path)).map((p) => p.message);
/** Vietnamese: has a Vietnamese letter, and none of the check's English words. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i;
const ENGLISH = /\b(expected|required|must|give|source|field|date written|stars)\b/;

describe('the editor refuses what the check refuses, at the field, in Vietnamese', () => {
  it('accepts a complete product', () => {
    expect(problems(product())).toEqual([]);
  });

  it('refuses a certificate with no star level, at its stars, unless "no star level" is on', () => {
    const none = problems(product({ certificates: [{ level: 'province', year: 2022 }] }));
    expect(at(none, 'certificates', 0, 'stars')).toEqual(['Chọn hạng sao (3, 4 hoặc 5 sao), hoặc bật "Nguồn không nêu hạng sao" khi nguồn không nêu mấy sao.']);
    expect(problems(product({ certificates: [{ starsUnknown: true, year: 2022 }] }))).toEqual([]);
    const both = problems(product({ certificates: [{ stars: 3, starsUnknown: true, year: 2022 }] }));
    expect(at(both, 'certificates', 0, 'starsUnknown')).toEqual(['Chỉ ghi một trong hai: hạng sao, hoặc "Nguồn không nêu hạng sao".']);
  });

  it('refuses a decision date, year, source date or revocation after today, naming today as dd/mm/yyyy', () => {
    const future = problems(
      product({
        certificates: [{ stars: 4, date: '2099-01-01' }, { stars: 3, year: 2027 }, { stars: 4, date: '2020-01-02', revoked: { date: '2026-11-24' } }],
        sources: [{ url: 'https://example.org/a', title: 'A', date: '2026-12-01' }],
      }),
    );
    expect(at(future, 'certificates', 0, 'date')).toEqual(['Ngày quyết định không thể sau hôm nay (23/11/2026): kiểm tra lại năm.']);
    expect(at(future, 'certificates', 1, 'year')).toEqual(['Năm quyết định không thể sau năm nay (2026).']);
    expect(at(future, 'certificates', 2, 'revoked', 'date')).toEqual(['Ngày không thể sau hôm nay (23/11/2026): kiểm tra lại năm.']);
    expect(at(future, 'sources', 0, 'date')).toEqual(['Ngày không thể sau hôm nay (23/11/2026): kiểm tra lại năm.']);
    expect(problems(product({ certificates: [{ stars: 4, date: TODAY }] }))).toEqual([]);
  });

  it('says a future date and a missing star level at once (the check says the second only after the first is fixed)', () => {
    const both = problems(product({ certificates: [{ date: '2099-01-01' }] }));
    expect(at(both, 'certificates', 0, 'stars')).toHaveLength(1);
    expect(at(both, 'certificates', 0, 'date')).toEqual(['Ngày quyết định không thể sau hôm nay (23/11/2026): kiểm tra lại năm.']);
  });

  it('asks for one of decision date, year and "no year", at the fields concerned', () => {
    expect(at(problems(product({ certificates: [{ stars: 4 }] })), 'certificates', 0, 'date')).toEqual([
      'Cần ngày quyết định, hoặc năm quyết định khi nguồn chỉ nêu năm, hoặc bật "Nguồn không nêu năm".',
    ]);
    const two = problems(product({ certificates: [{ stars: 4, date: '2022-12-29', year: 2022 }] }));
    const onlyOne = 'Chỉ ghi một trong ba: ngày quyết định, năm quyết định, hoặc "Nguồn không nêu năm".';
    expect(at(two, 'certificates', 0, 'date')).toEqual([onlyOne]);
    expect(at(two, 'certificates', 0, 'year')).toEqual([onlyOne]);
    expect(at(problems(product({ certificates: [{ stars: 4, year: 2022, notAfter: '2022-05-01' }] })), 'certificates', 0, 'notAfter')).toHaveLength(1);
  });

  it('refuses a record without a source, or a source without address or title', () => {
    const needsOne = 'Mỗi bản ghi cần ít nhất một nguồn: bấm "Thêm nguồn", ghi địa chỉ và tiêu đề của nguồn.';
    expect(at(problems(product({ sources: undefined })), 'sources')).toEqual([needsOne]);
    expect(at(problems(product({ sources: [] })), 'sources')).toEqual([needsOne]);
    const empty = problems(product({ sources: [{ url: '', title: '' }] }));
    expect(at(empty, 'sources', 0, 'url')).toHaveLength(1);
    expect(at(empty, 'sources', 0, 'title')).toEqual(['Bắt buộc: hãy điền ô này.']);
    expect(at(problems(product({ sources: [{ url: 'baoquangnam.vn/x', title: 'A' }] })), 'sources', 0, 'url')).toEqual([
      'Cần địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://.',
    ]);
  });

  it('refuses raw HTML in the description, a reserved slug and an unknown district', () => {
    expect(at(problems({ ...product(), body: 'Dòng một<br>dòng hai' }), 'body')).toHaveLength(1);
    expect(at(problems(product({ name: 'Trang' })), 'slug')).toHaveLength(1);
    expect(at(problems(product({ district: 'khong-co' })), 'district')).toEqual(['Chọn một địa phương có trong danh sách.']);
  });

  it('refuses a commune that is no former commune of the district, as the check does', () => {
    expect(problems(product({ commune: 'xã Tiên Sơn' }))).toEqual([]);
    // Tiên Sơn is in Tiên Phước, not in Núi Thành.
    expect(at(problems(product({ commune: 'xã Tiên Sơn', district: 'nui-thanh' })), 'commune')).toEqual([expect.stringMatching(/^Không có xã, phường, thị trấn cũ nào tên như vậy/)]);
    expect(at(problems(product({ commune: 'xã Không Có' })), 'commune')).toHaveLength(1);
    // A province without unit records is not checked (as the check does not).
    expect(editorProblems({ collection: 'products', data: product({ commune: 'xã Không Có' }) }, TODAY, { ...known, formerCommunes: [] })).toEqual([]);
  });

  it('refuses a producer the check refuses', () => {
    const producer = { name: 'HTX thử nghiệm', legalForm: 'hợp tác xã', district: 'tien-phuoc', sources: [{ url: 'https://example.org/htx', title: 'Báo: HTX' }] };
    expect(problems(producer, 'producers')).toEqual([]);
    const bad = problems({ ...producer, legalForm: 'công ty', contacts: { phone: ['gọi tôi'], email: 'không' }, sources: [] }, 'producers');
    expect(at(bad, 'legalForm')).toEqual(['Chọn một giá trị trong danh sách.']);
    expect(at(bad, 'contacts', 'phone', 0)).toHaveLength(1);
    expect(at(bad, 'contacts', 'email')).toHaveLength(1);
    expect(at(bad, 'sources')).toHaveLength(1);
  });

  it('writes every message in Vietnamese', () => {
    const all = [
      ...problems({ name: ' ', certificates: [{ level: 'x', stars: 6, date: '2022-13-45', score: 120, year: 1999 }, {}], sources: [{}], body: '<b>x</b>' }),
      ...problems({ name: 'x', legalForm: 'x', district: 'x', contacts: { phone: ['x'], email: 'x', website: 'x' }, formerNames: [{}], qualitySystems: ['x'] }, 'producers'),
    ];
    expect(all.length).toBeGreaterThan(15);
    for (const p of all) {
      expect(p.message, JSON.stringify(p.path)).toMatch(VIETNAMESE);
      expect(p.message, JSON.stringify(p.path)).not.toMatch(ENGLISH);
      expect(p.message).not.toMatch(/^Không hợp lệ: /);
    }
  });

  it('knows every message the check gives for a broken product or producer (so none is shown in English)', () => {
    const broken = validateContent(
      [
        { collection: 'products', file: 'p', id: 'p', data: { name: '', nameEn: '', formerSlugs: [], producer: 'X', certificates: [{ stars: '4', year: '2020', starsUnknown: false, dateUnknown: false }, { level: 'x', date: 'x', revoked: {} }, {}, { stars: 4, year: 2020, date: '2020-01-01' }], images: [{}], whereToBuy: { online: [{ label: 'a', url: 'b' }] } } },
        { collection: 'products', file: 'q', id: 'q', data: { name: 'x', productSet: 'a', district: 'b', certificates: [{ stars: 4, year: 2020.5, score: -1, notAfter: '2020-01-01' }], sources: undefined } },
        { collection: 'producers', file: 'r', id: 'r', data: { name: 'x', legalForm: 'y', district: 'b', qualitySystems: ['z'], contacts: { phone: ['ab'], email: 'x', website: 'y' }, formerNames: [{}], sources: [{}] } },
      ],
      TODAY,
    ).errors.filter((e) => !/no such field/.test(e.expected));
    expect(broken.length).toBeGreaterThan(20);
    for (const e of broken) expect(isKnownCheckMessage(e.expected), e.expected).toBe(true);
    expect(checkMessageVi('a rule added later')).toBe('Không hợp lệ: a rule added later');
  });

  it('accepts every real product and producer as the editor holds it', () => {
    for (const collection of ['products', 'producers'] as const) {
      const dir = path.join(ROOT, 'content', collection);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
      expect(files.length).toBeGreaterThan(50);
      for (const f of files) {
        const parsed = matter(fs.readFileSync(path.join(dir, f), 'utf8'), { ...YAML_ENGINE });
        const data = { ...parsed.data, ...(parsed.content.trim() ? { body: parsed.content } : {}) };
        expect(editorProblems({ collection, data, slug: f.replace(/\.md$/, '') }, TODAY, known), f).toEqual([]);
      }
    }
  });
});

describe('what the editor writes', () => {
  it('leaves out what an emptied optional field holds, keeping required fields and every list item in place', () => {
    const { data, removed } = cleanEntryWithPaths(
      {
        name: 'x',
        nameEn: '',
        commune: null,
        formerSlugs: [],
        specs: { size: '' },
        certificates: [{ stars: 4, starsUnknown: false, level: '', revoked: { date: '', reason: '' } }, {}],
        sources: [{ url: 'https://a.vn', title: '', date: '' }],
        body: '',
      },
      'products',
    );
    expect(data).toEqual({ name: 'x', certificates: [{ stars: 4 }, {}], sources: [{ url: 'https://a.vn' }] });
    expect(removed).toContainEqual(['certificates', 0, 'revoked']);
    expect(removed).toContainEqual(['body']);
    // A product with no certificate keeps its empty list; the check requires the field.
    expect(cleanEntry({ name: 'x', certificates: [], sources: [] }, 'products')).toEqual({ name: 'x', certificates: [], sources: [] });
    expect(cleanEntry({ name: 'x', formerNames: [{ name: 'y', note: '' }], contacts: { phone: [] } }, 'producers')).toEqual({ name: 'x', formerNames: [{ name: 'y' }] });
  });

  it('reads the check\'s field names as paths', () => {
    expect(fieldPath('certificates[1].revoked.date')).toEqual(['certificates', 1, 'revoked', 'date']);
    expect(fieldPath('contacts.phone[0]')).toEqual(['contacts', 'phone', 0]);
    expect(fieldPath('(record)')).toEqual([]);
  });
});

describe('dates typed in the editor', () => {
  it('reads day first and keeps YYYY-MM-DD in the file', () => {
    expect(dateFromInput('29/12/2022')).toBe('2022-12-29');
    expect(dateFromInput(' 1/2/2023 ')).toBe('2023-02-01');
    expect(dateFromInput('29-12-2022')).toBe('2022-12-29');
    expect(dateFromInput('29.12.2022')).toBe('2022-12-29');
    expect(dateFromInput('2022-12-29')).toBe('2022-12-29');
  });
  it('keeps what is not a real day as typed, for the check to refuse', () => {
    expect(dateFromInput('31/02/2023')).toBe('31/02/2023');
    expect(dateFromInput('12/2022')).toBe('12/2022');
    expect(at(problems(product({ certificates: [{ stars: 4, date: '31/02/2020' }] })), 'certificates', 0, 'date')).toEqual([
      'Cần một ngày có thật, viết ngày/tháng/năm, ví dụ 29/12/2022.',
    ]);
  });
  it('shows YYYY-MM-DD as dd/mm/yyyy', () => {
    expect(dateToInput('2022-12-29')).toBe('29/12/2022');
    expect(dateToInput('29/1')).toBe('29/1');
    expect(dateToInput(undefined)).toBe('');
  });
});

describe('names in the editor instead of slugs', () => {
  const names: EditorNames = {
    producers: { 'htx-duoc-lieu-duc-huy': 'HTX Dược liệu Đức Huy', 'htx-nong-duoc-xanh-truong-son': 'HTX Nông dược xanh Trường Sơn' },
    districts: { 'tay-giang': 'huyện Tây Giang' },
    productSets: {},
    salesPoints: {},
  };
  it('tells two records of the same name apart in lists, by producer and district', () => {
    const a = listContext({ name: 'cao đẳng sâm', producer: 'htx-duoc-lieu-duc-huy', district: 'tay-giang' }, names);
    const b = listContext({ name: 'cao đẳng sâm', producer: 'htx-nong-duoc-xanh-truong-son', district: 'tay-giang' }, names);
    expect(a).toBe(' — HTX Dược liệu Đức Huy, huyện Tây Giang');
    expect(b).not.toBe(a);
    expect(listContext({ district: 'tay-giang' }, names)).toBe(' — huyện Tây Giang');
    expect(listContext({}, names)).toBe('');
    // A producer made since the admin page was built: its slug, rather than nothing.
    expect(listContext({ producer: 'htx-moi' }, names)).toBe(' — htx-moi');
  });
  it('words a certificate with its level and dates in Vietnamese', () => {
    expect(certificateText({ level: 'province', stars: 4, decision: '3610/QĐ-UBND', date: '2022-12-29', score: 70.9 })).toBe('4 sao, cấp tỉnh, Quyết định 3610/QĐ-UBND ngày 29/12/2022, 70,9 điểm');
    expect(certificateText({ starsUnknown: true, dateUnknown: true, notAfter: '2021-04-13' })).toBe('OCOP, chưa rõ hạng sao, không rõ năm, chậm nhất ngày 13/04/2021');
    expect(certificateText({ stars: 3, level: 'district', year: 2021 })).toBe('3 sao, cấp huyện, năm 2021');
  });
});

describe('the editor and npm run check speak of the same rule in Vietnamese', () => {
  it('words a rule the form table does not know with the check’s own Vietnamese (one certificate once)', () => {
    const expected = 'each certificate once: certificates[0] is the same certificate (decision 200/QĐ-UBND); merge the two entries';
    const vi = checkMessageVi(expected);
    expect(vi).not.toMatch(/^Không hợp lệ/);
    expect(vi).toMatch(/chứng nhận/);
  });
});
