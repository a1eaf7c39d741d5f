// The content check (npm run check, and the first step of npm run build) against broken content.
// Each case in tests/fixtures/bad-content/ holds only the files that differ from the valid fixture
// tests/fixtures/other-province/; it is laid over a copy of that fixture in a temporary folder
// named after the case, so every message names the case's own file.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../scripts/check/check-content';
import { formatProblem, type Problem } from '../../../src/lib/content/validate';
import { FIXTURE, ROOT } from '../../helpers/sites';

/** The tests' today: a decision dated after it is in the future. */
const TODAY = '2026-11-23';
const BAD = path.join(ROOT, 'tests/fixtures/bad-content');
const MANY = 'many-faults';
const WARNING = 'warning-province-3-stars-after-2023';
const WARNING_NO_SET = 'warning-no-product-set';

interface Case {
  /** Folder in tests/fixtures/bad-content/, named for the fault. */
  name: string;
  /** The file the message must name, inside the content folder. */
  file: string;
  field: string;
  /** The value as the message prints it: JSON for a value, (missing) or (unreadable). */
  value: string;
  /** What the message must say is expected. */
  expected: string | RegExp;
  /** The one file the case changes, when it is not the file named in the message. */
  changes?: string;
}

const CASES: Case[] = [
  { name: 'missing-name', file: 'products/ruou-het-han.md', field: 'name', value: '(missing)', expected: 'required: this field must be given' },
  { name: 'star-2', file: 'products/ruou-het-han.md', field: 'certificates[0].stars', value: '2', expected: 'expected 3, 4 or 5 stars' },
  { name: 'star-6', file: 'products/ruou-het-han.md', field: 'certificates[0].stars', value: '6', expected: 'expected 3, 4 or 5 stars' },
  { name: 'unknown-producer', file: 'products/ruou-het-han.md', field: 'producer', value: '"co-so-ruou-khong-co"', expected: 'the slug of an existing producer' },
  { name: 'unknown-district', file: 'producers/co-so-ruou-nui.md', field: 'district', value: '"nui-xanh"', expected: 'the slug of an existing district' },
  {
    name: 'unmapped-commune',
    file: 'producers/co-so-ruou-nui.md',
    field: 'commune',
    value: '"xã Không Có"',
    expected: /^a former commune of this district \(nui-do\) listed in formerUnits of a content\/units\/ record/,
  },
  {
    name: 'duplicate-slug',
    file: 'products/nuoc-mam-trung-slug.md',
    field: 'slug',
    value: '"nuoc-mam-song-xanh"',
    expected: 'a unique slug: duplicate-slug/products/nuoc-mam-song-xanh.md already uses it',
  },
  {
    name: 'former-slug-taken',
    file: 'products/ruou-het-han.md',
    field: 'formerSlugs[0]',
    value: '"nuoc-mam-song-xanh"',
    expected: 'a slug no other record uses: former-slug-taken/products/nuoc-mam-song-xanh.md already uses it',
  },
  { name: 'malformed-date', file: 'products/ruou-het-han.md', field: 'certificates[0].date', value: '"10/05/2019"', expected: 'expected a real calendar date written YYYY-MM-DD' },
  { name: 'impossible-date', file: 'products/ruou-het-han.md', field: 'certificates[0].date', value: '"2019-13-45"', expected: 'expected a real calendar date written YYYY-MM-DD' },
  {
    name: 'future-decision-date',
    file: 'products/nuoc-mam-song-xanh.md',
    field: 'certificates[1].date',
    value: '"2026-11-24"',
    expected: `a decision date not after today (${TODAY})`,
  },
  {
    name: 'certificate-without-date',
    file: 'products/ruou-het-han.md',
    field: 'certificates[0]',
    value: '{"level":"province","stars":3,"decision":"50/QĐ-UBND"}',
    expected: 'expected a decision date, a year, or dateUnknown: true',
  },
  { name: 'source-without-url', file: 'products/ruou-het-han.md', field: 'sources[0].url', value: '(missing)', expected: 'required: a URL is required' },
  { name: 'invalid-url', file: 'products/ruou-het-han.md', field: 'sources[0].url', value: '"example.org/ruou"', expected: 'expected a full web address starting with http:// or https://' },
  { name: 'raw-script-in-body', file: 'products/ruou-het-han.md', field: 'body', value: '"<script>"', expected: 'raw HTML is not allowed' },
  // The reason names the line of the file that is wrong.
  { name: 'malformed-front-matter', file: 'products/ruou-het-han.md', field: '(file)', value: '(unreadable)', expected: /^malformed front matter \(bad indentation .*line 8\b/ },
  { name: 'missing-image', file: 'products/nuoc-mam-song-xanh.md', field: 'images[0].src', value: '"../images/nuoc-mam-chai.jpg"', expected: /^an image file that exists .*images\/nuoc-mam-chai\.jpg/ },
  {
    name: 'corrupt-image',
    file: 'products/nuoc-mam-song-xanh.md',
    field: 'images[0].src',
    value: '"../images/nuoc-mam.jpg"',
    expected: /^a readable JPEG, PNG, WebP or AVIF image .*corrupt or not an image/,
    changes: 'images/nuoc-mam.jpg',
  },
  // One certificate twice: the same decision (written "200" with only its year), or the same stars on the same day.
  {
    name: 'duplicate-certificate',
    file: 'products/nuoc-mam-song-xanh.md',
    field: 'certificates[2]',
    value: '{"level":"province","stars":4,"decision":"200","year":2025}',
    expected: 'each certificate once: certificates[1] is the same certificate (decision 200/QĐ-UBND); merge the two entries',
  },
  {
    name: 'duplicate-certificate-same-day',
    file: 'products/ruou-het-han.md',
    field: 'certificates[1]',
    value: '{"stars":3,"date":"2019-05-10"}',
    expected: 'each certificate once: certificates[0] is the same certificate (3★ on 2019-05-10)',
  },
  // District People's Committees ceased to exist on 1 July 2025.
  {
    name: 'district-after-july-2025',
    file: 'products/ruou-het-han.md',
    field: 'certificates[1].level',
    value: '"district"',
    expected: 'no certificate dated on or after 2025-07-01 is district level',
  },
  // The search vocabulary is optional (the valid fixture has none); a case that adds one adds the file.
  {
    name: 'vocabulary-word-twice',
    file: 'search-vocabulary.json[1]',
    field: 'vi[1]',
    value: '"Mắm"',
    expected: 'a word listed once in the vocabulary: vocabulary-word-twice/search-vocabulary.json[0] (vi[1]) already lists it',
    changes: 'search-vocabulary.json',
  },
  { name: 'vocabulary-unknown-set', file: 'search-vocabulary.json[0]', field: 'sets[0]', value: '"ruou-trang"', expected: 'the slug of an existing product set', changes: 'search-vocabulary.json' },
];

/** [file, field, value] of every fault in the many-faults case. */
const MANY_FAULTS: [string, string, string][] = [
  ['site.json', 'dataDate', '"2026-02-30"'],
  ['producers/htx-song-xanh.md', 'contacts.website', '"example.org/htx"'],
  ['products/mam-chua-ro-ngay.md', '(file)', '(unreadable)'],
  ['products/nuoc-mam-song-xanh.md', 'certificates[1].stars', '6'],
  ['products/nuoc-mam-song-xanh.md', 'body', '"<iframe src=\\"https://example.org/video\\">"'],
  ['products/nuoc-mam-song-xanh.md', 'images[0].src', '"../images/khong-co.jpg"'],
  ['products/ruou-het-han.md', 'producer', '"co-so-ruou-khong-co"'],
  ['sales-points/cua-hang-ben-do.json', 'district', '"ben-cang"'],
];

let work: string;
/** The content folder of a case: the valid fixture with the case's files laid over it. */
const caseDir = (name: string) => path.join(work, name);

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

function caseFolders(): string[] {
  return fs
    .readdirSync(BAD, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Where a case's problem must be: same file (as shown, i.e. under the case's folder), field and value. */
const at = (name: string, file: string, field: string, value: string) => `${name}/${file}: ${field}: ${value}`;
const where = (p: Problem) => `${p.file}: ${p.field}: ${p.value}`;

const execFileAsync = promisify(execFile);

/** Runs `tsx scripts/check/main.ts` on a folder the way npm run check does (in English unless told); never throws. */
async function runCheck(contentDir: string, args = ['--lang', 'en']): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync('node_modules/.bin/tsx', ['scripts/check/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE: TODAY },
    });
    return { status: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error: '));

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bad-content-'));
  for (const name of caseFolders()) {
    fs.cpSync(FIXTURE.contentDir, caseDir(name), { recursive: true });
    fs.cpSync(path.join(BAD, name), caseDir(name), { recursive: true });
  }
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the bad-content fixtures', () => {
  it('are at least 12 single-fault cases, each listed in this test, plus the many-faults and warning cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    expect(caseFolders()).toEqual([...CASES.map((c) => c.name), MANY, WARNING, WARNING_NO_SET].sort());
  });

  it('change the valid fixture in every file they hold, and each single-fault case in exactly one file', () => {
    for (const name of caseFolders()) {
      const files = filesUnder(path.join(BAD, name));
      expect(files.length, name).toBeGreaterThan(0);
      for (const f of files) {
        const base = path.join(FIXTURE.contentDir, f);
        const changed = !fs.existsSync(base) || !fs.readFileSync(base).equals(fs.readFileSync(path.join(BAD, name, f)));
        expect(changed, `${name}/${f} is identical to the valid fixture`).toBe(true);
      }
      const single = CASES.find((c) => c.name === name);
      if (single) expect(files, name).toEqual([single.changes ?? single.file]);
    }
  });

  it('start from a valid fixture: the base has no errors and no warnings', async () => {
    const { errors, warnings } = await checkContentFolder(FIXTURE.contentDir, TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
  });
});

describe('checkContentFolder', () => {
  it.each(CASES)('$name: reports exactly one error, naming the file, the field and the value', async (c) => {
    const { errors, warnings } = await checkContentFolder(caseDir(c.name), TODAY);
    expect(errors.map(formatProblem)).toHaveLength(1);
    const [error] = errors;
    expect(where(error)).toBe(at(c.name, c.file, c.field, c.value));
    if (typeof c.expected === 'string') expect(error.expected).toContain(c.expected);
    else expect(error.expected).toMatch(c.expected);
    expect(formatProblem(error)).toBe(`${at(c.name, c.file, c.field, c.value)} — ${error.expected}`);
    expect(warnings.map(formatProblem)).toEqual([]);
  });

  it('reports every fault of a folder broken in several files, in one run', async () => {
    const { errors } = await checkContentFolder(caseDir(MANY), TODAY);
    expect(errors.map(where).sort()).toEqual(MANY_FAULTS.map(([file, field, value]) => at(MANY, file, field, value)).sort());
    // Six different files, including the site configuration.
    expect(new Set(errors.map((e) => e.file)).size).toBe(6);
  });

  it('accepts a content folder with a search vocabulary as well as without one (the valid fixture has none)', async () => {
    const dir = path.join(work, 'with-vocabulary');
    fs.cpSync(FIXTURE.contentDir, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'search-vocabulary.json'),
      JSON.stringify([
        { id: 'nuoc-mam', vi: ['nước mắm', 'mắm'], en: ['fish sauce'] },
        { id: 'ruou', vi: ['rượu'], en: ["rice wine", 'liquor'], sets: ['do-uong-co-con'] },
      ]),
    );
    const { errors, warnings } = await checkContentFolder(dir, TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
  });

  it('accepts a decision dated today (only a later day is in the future)', async () => {
    const dir = path.join(work, 'decision-today');
    fs.cpSync(FIXTURE.contentDir, dir, { recursive: true });
    const file = path.join(dir, 'products/nuoc-mam-song-xanh.md');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('date: 2025-06-30');
    fs.writeFileSync(file, text.replace('date: 2025-06-30', `date: ${TODAY}`));
    const { errors } = await checkContentFolder(dir, TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    // The same file is an error one day earlier.
    const { errors: early } = await checkContentFolder(dir, '2026-11-22');
    expect(early.map(where)).toEqual([at('decision-today', 'products/nuoc-mam-song-xanh.md', 'certificates[1].date', `"${TODAY}"`)]);
  });

  it('warns, without an error, about a 3★ province certificate dated after 24/02/2023', async () => {
    const { errors, warnings } = await checkContentFolder(caseDir(WARNING), TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(where)).toEqual([at(WARNING, 'products/ruou-het-han.md', 'certificates[0].level', '"province"')]);
    expect(warnings[0].expected).toContain('issued by districts from 2023-02-24 until 2025-07-01');
  });

  it('no longer warns about a 3★ province certificate from 1 July 2025, when the province certifies 3★ again', async () => {
    const dir = path.join(work, 'province-3-stars-after-july-2025');
    fs.cpSync(caseDir(WARNING), dir, { recursive: true });
    const file = path.join(dir, 'products/ruou-het-han.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('date: 2024-05-10', 'date: 2025-07-01'));
    const { errors, warnings } = await checkContentFolder(dir, TODAY);
    expect([...errors, ...warnings].map(formatProblem)).toEqual([]);
    // A district level that day is an error; the day before, it is right.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('level: province', 'level: district'));
    expect((await checkContentFolder(dir, TODAY)).errors.map(where)).toEqual([at('province-3-stars-after-july-2025', 'products/ruou-het-han.md', 'certificates[0].level', '"district"')]);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('date: 2025-07-01', 'date: 2025-06-30'));
    expect((await checkContentFolder(dir, TODAY)).errors).toEqual([]);
  });

  it('lists a product with no product set as a warning to complete, not an error', async () => {
    const { errors, warnings } = await checkContentFolder(caseDir(WARNING_NO_SET), TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(where)).toEqual([at(WARNING_NO_SET, 'products/ruou-het-han.md', 'productSet', '(missing)')]);
    expect(warnings[0].expected).toContain('product set not assigned');
  });
});

describe('English text out of step with its Vietnamese text', () => {
  /** A copy of the valid fixture with one file changed by `edit`. */
  function variant(name: string, file: string, edit: (text: string) => string): string {
    const dir = path.join(work, name);
    fs.cpSync(FIXTURE.contentDir, dir, { recursive: true });
    const target = path.join(dir, file);
    const before = fs.readFileSync(target, 'utf8');
    const after = edit(before);
    expect(after, `${name}: the edit changed nothing`).not.toBe(before);
    fs.writeFileSync(target, after);
    return dir;
  }

  it('warns, naming the file, the translation date and what to do, when the Vietnamese text changed after its translation', async () => {
    const dir = variant('translation-outdated', 'products/ruou-het-han.md', (t) => t.replace('đã hết hạn.', 'đã hết hạn năm 2022.'));
    const { errors, warnings } = await checkContentFolder(dir, TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(where)).toEqual([at('translation-outdated', 'products/ruou-het-han.md', 'english.sourceDigest', '"b75585db"')]);
    expect(warnings[0]!.expected).toContain('the Vietnamese text changed after its translation of 2026-11-20');
    expect(warnings[0]!.expected).toContain('npm run translations -- --stamp --force translation-outdated/products/ruou-het-han.md');
    // The same for a JSON record: its translation block covers its …En fields.
    const json = variant('translation-outdated-json', 'districts/song-xanh.json', (t) => t.replace('ven sông.', 'ven sông lớn.'));
    const { warnings: jsonWarnings } = await checkContentFolder(json, TODAY);
    expect(jsonWarnings.map(where)).toEqual([at('translation-outdated-json', 'districts/song-xanh.json', 'translation.sourceDigest', '"1a99fabb"')]);
  });

  it('warns when the digest was never written, or a JSON record has English fields without a translation block', async () => {
    const dir = variant('translation-unstamped', 'products/ruou-het-han.md', (t) => t.replace(/^ {2}sourceDigest: .*\n/m, ''));
    const { errors, warnings } = await checkContentFolder(dir, TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(where)).toEqual([at('translation-unstamped', 'products/ruou-het-han.md', 'english.sourceDigest', '(missing)')]);
    expect(warnings[0]!.expected).toContain('npm run translations -- --stamp');
    const json = variant('translation-missing', 'sales-points/cua-hang-ben-do.json', (t) => t.replace(/^ {2}"translation": .*\n/m, ''));
    const { warnings: jsonWarnings } = await checkContentFolder(json, TODAY);
    expect(jsonWarnings.map(where)).toEqual([at('translation-missing', 'sales-points/cua-hang-ben-do.json', 'translation', '(missing)')]);
    expect(jsonWarnings[0]!.expected).toContain('"translation": {"translatedOn": "YYYY-MM-DD"}');
  });

  it('refuses a digest not written by the script and raw HTML in the English text, and accepts a translation dated after the build date', async () => {
    // Builds for a fixed day (BUILD_DATE) must accept translations made since.
    const later = variant('translation-later', 'products/ruou-het-han.md', (t) => t.replace('translatedOn: 2026-11-20', 'translatedOn: 2026-12-07'));
    const laterResult = await checkContentFolder(later, TODAY);
    expect(laterResult.errors.map(formatProblem)).toEqual([]);
    expect(laterResult.warnings.map(formatProblem)).toEqual([]);
    const typed = variant('translation-typed-digest', 'products/ruou-het-han.md', (t) => t.replace(/sourceDigest: .*/, 'sourceDigest: 12345678'));
    const typedErrors = (await checkContentFolder(typed, TODAY)).errors;
    expect(typedErrors.map(where)).toEqual([at('translation-typed-digest', 'products/ruou-het-han.md', 'english.sourceDigest', '12345678')]);
    expect(typedErrors[0]!.expected).toContain('written by npm run translations -- --stamp');
    const html = variant('translation-html', 'producers/htx-song-xanh.md', (t) => t.replace('makes fish sauce.', 'makes <b>fish sauce</b>.'));
    expect((await checkContentFolder(html, TODAY)).errors.map(where)).toEqual([at('translation-html', 'producers/htx-song-xanh.md', 'english.description', '"<b>"')]);
  });

  it('prints the warning and exits 0', async () => {
    const dir = variant('translation-outdated-cli', 'products/ruou-het-han.md', (t) => t.replace('đã hết hạn.', 'đã hết hạn từ lâu.'));
    const r = await runCheck(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`warning: ${at('translation-outdated-cli', 'products/ruou-het-han.md', 'english.sourceDigest', '"b75585db"')} — the Vietnamese text changed`);
    expect(r.stdout).toContain('(1 warning(s))');
  }, 30_000);
});

describe('npm run check (scripts/check/main.ts)', () => {
  it('exits 0 on the valid fixture and prints no problem', async () => {
    const r = await runCheck(FIXTURE.contentDir);
    expect(r.stderr).not.toMatch(/^(error|warning):/m);
    expect(r.stdout).toContain(`content OK: ${FIXTURE.contentDir}`);
    expect(r.status).toBe(0);
  }, 30_000);

  describe.concurrent('on each bad case', () => {
    it.for(CASES)('$name: exits 1 and prints the problem line', { timeout: 60_000 }, async (c, { expect }) => {
      const r = await runCheck(caseDir(c.name));
      expect(r.status).toBe(1);
      const lines = errorLines(r.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(`error: ${at(c.name, c.file, c.field, c.value)} — `)).toBe(true);
      expect(r.stderr).toContain(`1 error(s) in ${caseDir(c.name)}`);
      expect(r.stdout).not.toContain('content OK');
    });
  });

  it('prints every problem of the many-faults case, as checkContentFolder reports them, and exits 1', async () => {
    const [r, { errors }] = await Promise.all([runCheck(caseDir(MANY)), checkContentFolder(caseDir(MANY), TODAY)]);
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr).sort()).toEqual(errors.map((e) => `error: ${formatProblem(e)}`).sort());
    expect(errorLines(r.stderr)).toHaveLength(MANY_FAULTS.length);
    expect(r.stderr).toContain(`${MANY_FAULTS.length} error(s)`);
  }, 30_000);

  it('prints a warning but exits 0 when there are only warnings', async () => {
    const r = await runCheck(caseDir(WARNING));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`warning: ${at(WARNING, 'products/ruou-het-han.md', 'certificates[0].level', '"province"')} — 3★ certificates`);
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.stdout).toContain('content OK');
    expect(r.stdout).toContain('(1 warning(s))');
  }, 30_000);

  it('speaks Vietnamese by default, with the same file, field and value', async () => {
    const c = CASES.find((x) => x.name === 'duplicate-certificate')!;
    const [vi, none] = await Promise.all([runCheck(caseDir(c.name), []), runCheck(caseDir(WARNING_NO_SET), [])]);
    expect(vi.status).toBe(1);
    expect(vi.stderr.split('\n').filter((l) => l.startsWith('lỗi: '))).toEqual([
      `lỗi: ${at(c.name, c.file, c.field, c.value)} — mỗi chứng nhận chỉ ghi một lần: certificates[1] là cùng một chứng nhận (cùng quyết định 200/QĐ-UBND); gộp hai mục làm một`,
    ]);
    expect(vi.stderr).toContain(`1 lỗi trong ${caseDir(c.name)}`);
    expect(vi.stderr).not.toMatch(/^error:/m);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain(`cảnh báo: ${at(WARNING_NO_SET, 'products/ruou-het-han.md', 'productSet', '(không có)')} — cần bổ sung bộ sản phẩm`);
    expect(none.stdout).toContain(`nội dung hợp lệ: ${caseDir(WARNING_NO_SET)} (1 cảnh báo)`);
  }, 30_000);

  it('refuses a language it does not speak', async () => {
    const r = await runCheck(FIXTURE.contentDir, ['--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--lang fr: expected vi or en');
  }, 30_000);
});

describe('npm run build', () => {
  it('stops at the content check before astro builds anything', () => {
    // A raw <script> in a body: astro itself would escape it and build, so only the check can stop this build.
    const name = 'raw-script-in-body';
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bad-build-'));
    try {
      const outDir = path.join(out, 'dist');
      const r = spawnSync('npm', ['run', 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          CONTENT_DIR: caseDir(name),
          OUT_DIR: outDir,
          ASTRO_CACHE_DIR: path.join(out, 'cache'),
          BUILD_DATE: TODAY,
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status).not.toBe(0);
      // The build's check speaks to editors: Vietnamese.
      expect(output).toContain(`lỗi: ${at(name, 'products/ruou-het-han.md', 'body', '"<script>"')} — Markdown thường: phần mô tả không được chứa HTML`);
      expect(output).not.toMatch(/generating static routes|\[build\]/);
      expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
      expect(fs.existsSync(outDir)).toBe(false);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
