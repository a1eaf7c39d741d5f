// English text as a translation of the Vietnamese text (src/lib/content/translation.ts) and the stamp that
// writes its digest into a content file without touching anything else (scripts/translations/stamp.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { stampJson, stampMarkdown, yamlDigest } from '../../../scripts/translations/stamp';
import { YAML_ENGINE } from '../../../scripts/shared/front-matter';
import { jsonSourceText, normaliseSourceText, recordTranslation, sourceDigest, translationState } from '../../../src/lib/content/translation';
import { ROOT } from '../../helpers/sites';

describe('sourceDigest', () => {
  it('is the first 8 hex digits of the SHA-256 of the trimmed text', () => {
    // echo -n 'abc' | sha256sum → ba7816bf…
    expect(sourceDigest('abc')).toBe('ba7816bf');
    expect(sourceDigest('\n  abc \n\n')).toBe('ba7816bf');
  });

  it('is the same for the same text in NFD or with Windows line endings', () => {
    const text = 'Nước mắm\nCửa Khe';
    expect(sourceDigest(text.normalize('NFD').replace(/\n/g, '\r\n'))).toBe(sourceDigest(text));
    expect(normaliseSourceText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('changes when one word of the text changes', () => {
    expect(sourceDigest('OCOP 3 sao')).not.toBe(sourceDigest('OCOP 4 sao'));
  });
});

describe('translationState', () => {
  it('is current, outdated or unstamped', () => {
    const vi = 'Văn bản tiếng Việt.';
    expect(translationState(vi, { sourceDigest: sourceDigest(vi) })).toBe('current');
    expect(translationState(`${vi} Thêm một câu.`, { sourceDigest: sourceDigest(vi) })).toBe('outdated');
    expect(translationState(vi, { translatedOn: '2026-12-07' })).toBe('unstamped');
    expect(translationState(vi, undefined)).toBe('unstamped');
  });
});

describe('recordTranslation', () => {
  it('reads a product: the body is the Vietnamese text, english.description its translation', () => {
    const body = 'Sản phẩm thử nghiệm.\n';
    const t = recordTranslation('products', { english: { description: 'A test product.', translatedOn: '2026-12-07', sourceDigest: sourceDigest(body) } }, body)!;
    expect(t).toMatchObject({ stampField: 'english', hasVietnamese: true, hasEnglish: true, untranslated: [], state: 'current' });
    expect(recordTranslation('producers', {}, body)).toMatchObject({ hasEnglish: false, untranslated: ['body'], state: undefined });
    expect(recordTranslation('producers', {}, '  \n')).toMatchObject({ hasVietnamese: false, untranslated: [] });
  });

  it('reads a district: description and reorganisation, digested together', () => {
    const data = { description: 'Mô tả.', descriptionEn: 'Description.', reorganisation: 'Sắp xếp.' };
    expect(jsonSourceText('districts', data)).toBe('Mô tả.\n\nSắp xếp.');
    const t = recordTranslation('districts', { ...data, translation: { translatedOn: '2026-12-07', sourceDigest: sourceDigest('Mô tả.\n\nSắp xếp.') } })!;
    expect(t).toMatchObject({ stampField: 'translation', hasEnglish: true, untranslated: ['reorganisation'], state: 'current' });
  });

  it('does not ask for English where the Vietnamese has no words (a figure as of "12/2024")', () => {
    expect(recordTranslation('figures', { asOf: '12/2024' })!.untranslated).toEqual([]);
    expect(recordTranslation('figures', { asOf: 'Thí điểm năm 2018' })!.untranslated).toEqual(['asOf']);
  });

  it('knows nothing of collections without translated text', () => {
    expect(recordTranslation('units', { name: 'x' })).toBeUndefined();
  });
});

const PRODUCT = `---
name: Nước mắm thử
nameEn: Test fish sauce
certificates:
  - level: province
    stars: 3
    year: 2019
english:
  # Translated from the body below.
  description: >-
    Test fish sauce, certified
    3-star in 2019.

  translatedOn: 2026-12-07
sources:
  - url: https://example.org/a
    title: "Nguồn: thử"
---
Nước mắm thử, được công nhận
3 sao năm 2019.
`;

describe('stampMarkdown', () => {
  it('adds one line, sourceDigest, after translatedOn and changes nothing else', () => {
    const { text, outcomes } = stampMarkdown(PRODUCT, false);
    const digest = sourceDigest('Nước mắm thử, được công nhận\n3 sao năm 2019.');
    expect(outcomes).toEqual([{ at: '', status: 'stamped', digest, previous: undefined, translatedOn: '2026-12-07' }]);
    expect(text).toBe(PRODUCT.replace('  translatedOn: 2026-12-07\n', `  translatedOn: 2026-12-07\n  sourceDigest: ${yamlDigest(digest)}\n`));
    // The file reads back with the digest in the english block.
    expect((matter(text, YAML_ENGINE).data as { english: { sourceDigest: string } }).english.sourceDigest).toBe(digest);
  });

  it('leaves a current stamp alone, and an outdated one unless forced, where it replaces only the value', () => {
    const stamped = stampMarkdown(PRODUCT, false).text;
    expect(stampMarkdown(stamped, false)).toEqual({ text: stamped, outcomes: [expect.objectContaining({ status: 'current' })] });
    const edited = stamped.replace('3 sao năm 2019.', '3 sao năm 2019, 4 sao năm 2023.');
    const kept = stampMarkdown(edited, false);
    expect(kept.text).toBe(edited);
    expect(kept.outcomes[0]).toMatchObject({ status: 'outdated', previous: sourceDigest('Nước mắm thử, được công nhận\n3 sao năm 2019.') });
    const forced = stampMarkdown(edited, true);
    const now = sourceDigest('Nước mắm thử, được công nhận\n3 sao năm 2019, 4 sao năm 2023.');
    expect(forced.outcomes[0]).toMatchObject({ status: 'stamped', digest: now });
    expect(forced.text.split('\n').filter((l, i) => l !== edited.split('\n')[i])).toEqual([`  sourceDigest: ${yamlDigest(now)}`]);
  });

  it('indents like the block, keeps Windows line endings, and works when translatedOn comes first', () => {
    const crlf = PRODUCT.replace('english:\n  # Translated from the body below.\n  description: >-\n    Test fish sauce, certified\n    3-star in 2019.\n\n  translatedOn: 2026-12-07\n', 'english:\n    translatedOn: 2026-12-07\n    description: Test fish sauce.\n').replace(/\n/g, '\r\n');
    const { text, outcomes } = stampMarkdown(crlf, false);
    expect(outcomes[0]!.status).toBe('stamped');
    expect(text).toContain(`    translatedOn: 2026-12-07\r\n    sourceDigest: ${yamlDigest(outcomes[0]!.digest!)}\r\n    description: Test fish sauce.\r\n`);
  });

  it('says what is missing instead of stamping: no English text, no translatedOn', () => {
    expect(stampMarkdown('---\nname: x\n---\nVăn bản.\n', false).outcomes[0]!.status).toBe('no-english');
    const undated = stampMarkdown(PRODUCT.replace('  translatedOn: 2026-12-07\n', ''), false);
    expect(undated.outcomes[0]).toMatchObject({ status: 'no-date', reason: expect.stringContaining('translatedOn') });
    expect(undated.text).toBe(PRODUCT.replace('  translatedOn: 2026-12-07\n', ''));
    expect(stampMarkdown('no front matter', false).outcomes[0]!.status).toBe('unreadable');
  });

  it('quotes a digest YAML would read as a number', () => {
    expect(yamlDigest('12345678')).toBe('"12345678"');
    expect(yamlDigest('1234e567')).toBe('"1234e567"');
    expect(yamlDigest('0b101010')).toBe('"0b101010"');
    expect(yamlDigest('1a2b3c4d')).toBe('1a2b3c4d');
  });
});

describe('stampJson', () => {
  it('adds "sourceDigest" inside a one-line translation block', () => {
    const json = '{\n  "description": "Mô tả.",\n  "descriptionEn": "Description.",\n  "translation": { "translatedOn": "2026-12-07" },\n  "sources": []\n}\n';
    const { text, outcomes } = stampJson(json, 'salesPoints', false);
    expect(text).toBe(json.replace('"2026-12-07" }', `"2026-12-07", "sourceDigest": "${sourceDigest('Mô tả.')}" }`));
    expect(outcomes[0]!.status).toBe('stamped');
    expect(JSON.parse(text).translation.sourceDigest).toBe(sourceDigest('Mô tả.'));
  });

  it('adds it on its own line in a block written over several lines, and stamps each record of a list', () => {
    const json = '[\n  {\n    "id": "a",\n    "asOf": "Năm 2018",\n    "asOfEn": "2018",\n    "translation": {\n      "translatedOn": "2026-12-07"\n    },\n    "sources": []\n  },\n  { "id": "b", "asOf": "2019" },\n  { "id": "c", "asOf": "Năm 2020", "asOfEn": "2020", "translation": { "translatedOn": "2026-12-08" } }\n]\n';
    const { text, outcomes } = stampJson(json, 'figures', false);
    expect(outcomes.map((o) => [o.at, o.status])).toEqual([
      ['[0]', 'stamped'],
      ['[1]', 'no-english'],
      ['[2]', 'stamped'],
    ]);
    expect(text).toContain(`      "translatedOn": "2026-12-07",\n      "sourceDigest": "${sourceDigest('Năm 2018')}"\n    },`);
    expect(JSON.parse(text)[2].translation).toEqual({ translatedOn: '2026-12-08', sourceDigest: sourceDigest('Năm 2020') });
  });

  it('replaces only the value of an outdated digest when forced', () => {
    const json = '{ "note": "Ghi chú mới.", "noteEn": "Note.", "translation": { "translatedOn": "2026-12-07", "sourceDigest": "00000000" } }\n';
    expect(stampJson(json, 'formerCommunes', false).text).toBe(json);
    expect(stampJson(json, 'formerCommunes', true).text).toBe(json.replace('00000000', sourceDigest('Ghi chú mới.')));
  });

  it('writes a whole translation block before "sources" when given the day of translation, laid out like the record', () => {
    const block = '{\n  "description": "Mô tả.",\n  "descriptionEn": "Description.",\n  "sources": []\n}\n';
    const stamped = stampJson(block, 'districts', false, '2026-12-07');
    expect(stamped.outcomes[0]).toMatchObject({ status: 'stamped', translatedOn: '2026-12-07' });
    expect(stamped.text).toBe(block.replace('  "sources"', `  "translation": { "translatedOn": "2026-12-07", "sourceDigest": "${sourceDigest('Mô tả.')}" },\n  "sources"`));
    const inline = '[\n  { "id": "a", "asOf": "Năm 2018", "asOfEn": "2018", "sources": [] }\n]\n';
    expect(JSON.parse(stampJson(inline, 'figures', false, '2026-12-07').text)[0].translation).toEqual({ translatedOn: '2026-12-07', sourceDigest: sourceDigest('Năm 2018') });
    // A record that has its block keeps its own date.
    const dated = '{ "note": "Ghi chú.", "noteEn": "Note.", "translation": { "translatedOn": "2026-11-01" }, "sources": [] }';
    expect(JSON.parse(stampJson(dated, 'formerCommunes', false, '2026-12-07').text).translation.translatedOn).toBe('2026-11-01');
  });

  it('asks for the translation block when English fields have none', () => {
    const json = '{ "description": "Mô tả.", "descriptionEn": "Description." }';
    expect(stampJson(json, 'districts', false)).toEqual({ text: json, outcomes: [expect.objectContaining({ status: 'no-date', reason: expect.stringContaining('"translation"') })] });
  });
});

describe('npm run translations', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-translations-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const run = (content: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/translations/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });

  it('stamps the named file only, reports what has no English text, and checks numbers', () => {
    const content = path.join(work, 'content');
    fs.cpSync(path.join(ROOT, 'tests/fixtures/other-province'), content, { recursive: true });
    const product = path.join(content, 'products/ruou-het-han.md');
    const other = path.join(content, 'products/ruou-nep-nui-do.md');
    const addEnglish = (file: string, description: string) =>
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^english:[\s\S]*?(?=^sources:)/m, '').replace(/^sources:/m, `english:\n  description: ${description}\n  translatedOn: 2026-11-20\nsources:`));
    addEnglish(product, 'A test rice spirit whose certificate has expired.');
    addEnglish(other, 'A test product first certified on 2 March 2025.');
    const before = fs.readFileSync(other, 'utf8');

    const stamped = run(content, '--stamp', product);
    expect(stamped.status, stamped.stderr).toBe(0);
    expect(stamped.stdout).toContain('stamped');
    expect(fs.readFileSync(product, 'utf8')).toMatch(/translatedOn: 2026-11-20\n {2}sourceDigest: /);
    expect(fs.readFileSync(other, 'utf8')).toBe(before);

    const report = run(content, '--report');
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('English text without sourceDigest (run --stamp) (1):');
    expect(report.stdout).toMatch(/products\/ruou-nep-nui-do\.md: translated 2026-11-20/);

    const numbers = run(content, '--check-numbers', other);
    expect(numbers.status).toBe(1);
    expect(numbers.stdout).toMatch(/products\/ruou-nep-nui-do\.md: english\.description: not in the English text: 2026; not in the Vietnamese text: 2025/);

    const wrong = run(content, '--stamp', path.join(ROOT, 'README.md'));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('README.md: not a file of products');
  }, 60_000);
});
