// The content editor on this computer (`npm run cms`: Decap CMS with decap-server), used as an editor
// would: on a temporary copy of content/ (CONTENT_DIR), never content/ itself, create a product
// through the form (name, producer, district, product set, certificates, source, dates typed
// dd/mm/yyyy), publish it, then the new file matches the schema and `npm run check` passes on that
// copy; a product the check would refuse (no star level, a decision dated in the future, no source)
// is refused with the check's message in Vietnamese at the field, and nothing is written; lists and
// previews show names, not slugs. And the built editor (dist/admin/) starts under its own policy,
// served with dist/_headers, with no CSP violation.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_LOCAL_BACKEND_URL } from '../../src/lib/publishing/csp';
import { productSchema } from '../../src/lib/content/schema';
import { slugify } from '../../src/lib/content/slug';
import { YAML_ENGINE } from '../../scripts/shared/front-matter';
import { stampMarkdown } from '../../scripts/translations/stamp';
import { sourceDigest } from '../../src/lib/content/translation';
import { launchChromium, pageProblems, useSite, watchPage } from '../helpers/browser';
import { REAL, ROOT } from '../helpers/sites';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let work: string;
let content: string;
let cms: ChildProcess | undefined;
let browser: Browser;
let baseUrl: string;
let output = '';

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-cms-'));
  content = path.join(work, 'content');
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const [port, proxyPort] = [await freePort(), await freePort()];
  baseUrl = `http://localhost:${port}`;
  cms = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/cms/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, CMS_PORT: String(port), CMS_PROXY_PORT: String(proxyPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it stops tsx, the editor's server and decap-server together.
    detached: true,
  });
  cms.stdout!.on('data', (d) => (output += d));
  cms.stderr!.on('data', (d) => (output += d));
  // Ready when it says where to open the editor and the local backend answers.
  const backendUp = () =>
    fetch(`http://127.0.0.1:${proxyPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })
      .then((r) => r.ok)
      .catch(() => false);
  for (;;) {
    if (cms.exitCode !== null) throw new Error(`npm run cms stopped:\n${output}`);
    if (output.includes('cms: open') && (await backendUp())) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (cms && cms.exitCode === null) {
    const exited = new Promise((resolve) => cms!.once('exit', resolve));
    process.kill(-cms.pid!, 'SIGTERM');
    await exited;
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field by its label, which Decap follows with "(không bắt buộc)" when the field is optional. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escape(label)}(?: \\(không bắt buộc\\))?$`, 'i'));

/** Picks an option of a select or relation field: opens it, types, clicks the option. */
async function choose(page: Page, label: string, typed: string, option: RegExp) {
  await field(page, label).click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** The form's label element of a field (exact text, before Decap's "(không bắt buộc)"). */
const labelOf = (page: Page, label: string) => page.locator('label').filter({ hasText: new RegExp(`^${escape(label)}(?: \\(không bắt buộc\\))?$`, 'i') });
/** The errors Decap shows under a field's label (its list beside the label). */
const errorsAt = (page: Page, label: string) => labelOf(page, label).locator('xpath=following-sibling::ul[1]/li');

/** Opens a new product form, signed in to the local backend, offline but for this computer. */
async function newProductForm(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await watchPage(page);
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${baseUrl}/admin/#/collections/products/new`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}

/** Name, producer, product set and district of a product. */
async function fillProduct(page: Page, name: string) {
  await field(page, 'Tên sản phẩm').fill(name);
  await choose(page, 'Chủ thể', 'Sơn Tiến', /Công ty TNHH Sơn Tiến/);
  await choose(page, 'Bộ sản phẩm', 'Gia vị khác', /Gia vị khác/);
  await choose(page, 'Địa phương (huyện, thị xã, thành phố cũ)', 'Tiên Phước', /Tiên Phước/);
}

async function addSource(page: Page, url: string, title: string) {
  await page.getByRole('button', { name: /thêm nguồn/i }).click();
  await field(page, 'Địa chỉ nguồn').last().fill(url);
  await field(page, 'Tiêu đề nguồn').last().fill(title);
}

/** Every request that would write a file: the local backend's persistEntry. */
function watchWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /"action":"persistEntry"/.test(r.postData() ?? '')) writes.push(r.postData()!);
  });
  return writes;
}

async function publishNow(page: Page) {
  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
}

const productFiles = () => fs.readdirSync(path.join(content, 'products')).sort();
/** Decap leaves a refused save's promise unhandled, rejected with nothing: its own behaviour, on any refusal. */
const refusalRejection = (p: { kind: string; text: string }) => p.kind === 'pageerror' && /^((Error: )?undefined\b)?$/.test(p.text);

describe('content editor (npm run cms)', () => {
  it('creates a product through the form into the content copy, and the check passes', async () => {
    const page = await newProductForm();
    await fillProduct(page, 'Mật ong rừng Đại Lộc thử nghiệm');
    // Typed, then emptied: left out of the file (the check refuses nameEn: "").
    await field(page, 'Tên tiếng Anh').fill('Test honey');
    await field(page, 'Tên tiếng Anh').fill('');

    await page.getByRole('button', { name: /thêm chứng nhận/i }).click();
    await choose(page, 'Hạng sao', '4', /^4 sao$/);
    await choose(page, 'Cấp công nhận', 'tỉnh', /cấp tỉnh/);
    await field(page, 'Số quyết định').fill('3610/QĐ-UBND');
    await field(page, 'Năm quyết định').fill('2022');
    // A second certificate whose source gives no star level, dated as editors write dates.
    await page.getByRole('button', { name: /thêm chứng nhận/i }).click();
    await field(page, 'Nguồn không nêu hạng sao').last().click();
    await field(page, 'Ngày quyết định').last().fill('29/12/2022');

    await addSource(page, 'https://example.org/quyet-dinh-3610', 'Quyết định 3610/QĐ-UBND (thử nghiệm)');
    await field(page, 'Ngày đăng').fill('30/12/2022');
    await publishNow(page);

    // The file is named as the catalogue names files: slugify's ASCII form of the name (đ → d).
    expect(slugify('Mật ong rừng Đại Lộc thử nghiệm')).toBe('mat-ong-rung-dai-loc-thu-nghiem');
    const file = path.join(content, 'products', 'mat-ong-rung-dai-loc-thu-nghiem.md');
    // Written whole: wait for the end of its front matter, not just for the file (it may be read mid-write).
    await expect.poll(() => fs.existsSync(file) && /\n---\n?$/.test(fs.readFileSync(file, 'utf8')), { timeout: 30_000 }).toBe(true);
    const saved = matter(fs.readFileSync(file, 'utf8'), { ...YAML_ENGINE }).data;
    expect(saved).toEqual({
      name: 'Mật ong rừng Đại Lộc thử nghiệm',
      producer: 'cong-ty-tnhh-son-tien',
      productSet: 'gia-vi-khac',
      district: 'tien-phuoc',
      certificates: [
        { stars: 4, level: 'province', decision: '3610/QĐ-UBND', year: 2022 },
        { starsUnknown: true, date: '2022-12-29' },
      ],
      sources: [{ url: 'https://example.org/quyet-dinh-3610', title: 'Quyết định 3610/QĐ-UBND (thử nghiệm)', date: '2022-12-30' }],
    });
    const parsed = productSchema.safeParse(saved);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);

    const check = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    // Nothing was written into the real content folder.
    expect(fs.existsSync(path.join(ROOT, 'content/products/mat-ong-rung-dai-loc-thu-nghiem.md'))).toBe(false);
    expect(pageProblems(page).filter((p) => p.kind !== 'console' || !/ERR_FAILED|net::/.test(p.text))).toEqual([]);
  });

  // Each save the check would refuse: refused with the check's message in Vietnamese under the field
  // concerned, with nothing sent to the backend and no file written.
  const refusals: { fault: string; fill: (page: Page) => Promise<void>; label: string; message: RegExp }[] = [
    {
      fault: 'a certificate with no star level',
      fill: async (page) => {
        await page.getByRole('button', { name: /thêm chứng nhận/i }).click();
        await choose(page, 'Cấp công nhận', 'tỉnh', /cấp tỉnh/);
        await field(page, 'Năm quyết định').fill('2022');
        await addSource(page, 'https://example.org/a', 'Nguồn A');
      },
      label: 'Hạng sao',
      message: /^Chọn hạng sao \(3, 4 hoặc 5 sao\), hoặc bật "Nguồn không nêu hạng sao"/,
    },
    {
      fault: 'a decision dated in the future',
      fill: async (page) => {
        await page.getByRole('button', { name: /thêm chứng nhận/i }).click();
        await choose(page, 'Hạng sao', '4', /^4 sao$/);
        await field(page, 'Ngày quyết định').fill('01/01/2099');
        await addSource(page, 'https://example.org/b', 'Nguồn B');
      },
      label: 'Ngày quyết định',
      message: /^Ngày quyết định không thể sau hôm nay \(\d\d\/\d\d\/\d{4}\)/,
    },
    {
      fault: 'no source',
      fill: async (page) => {
        await page.getByRole('button', { name: /thêm chứng nhận/i }).click();
        await choose(page, 'Hạng sao', '3', /^3 sao$/);
        await field(page, 'Năm quyết định').fill('2021');
      },
      label: 'Nguồn',
      message: /^Mỗi bản ghi cần ít nhất một nguồn/,
    },
  ];

  for (const { fault, fill, label, message } of refusals) {
    it(`refuses to save ${fault}, with the check's message in Vietnamese at the field, and writes nothing`, async () => {
      const before = productFiles();
      const page = await newProductForm();
      const writes = watchWrites(page);
      await fillProduct(page, `Sản phẩm thử lỗi ${fault}`);
      await fill(page);
      await publishNow(page);
      await expect.poll(() => errorsAt(page, label).allTextContents(), { timeout: 15_000 }).toEqual([expect.stringMatching(message)]);
      // Decap's notice that the save was refused (worded for any refusal in src/lib/cms/locale-vi.ts).
      await page.getByText(/^Chưa lưu: có ô chưa điền hoặc chưa đúng/).waitFor();
      expect(writes).toEqual([]);
      expect(productFiles()).toEqual(before);
      // The form says nothing in English.
      expect(await page.locator('main, body').first().innerText()).not.toMatch(/\b(Add|required|expected|Invalid)\b/);
      expect(pageProblems(page).filter((p) => !refusalRejection(p))).toEqual([]);
      expect(pageProblems(page).filter(refusalRejection).length).toBeLessThanOrEqual(1);
      await page.close();
    });
  }

  it('lists records with producer and district by name, so two of one name are told apart, and previews names, not slugs', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await watchPage(page);
    await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${baseUrl}/admin/#/collections/products`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // content/products/cao-dang-sam-duc-huy.md and cao-dang-sam-truong-son.md: one name, two producers.
    const twins = page.getByRole('link', { name: /^cao đẳng sâm — / });
    await expect.poll(() => twins.allTextContents(), { timeout: 30_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^cao đẳng sâm — HTX Dược liệu Đức Huy, huyện Tây Giang/i), expect.stringMatching(/^cao đẳng sâm — HTX .*Trường Sơn, huyện Tây Giang/i)]),
    );
    expect(await page.getByText('Thêm sản phẩm', { exact: true }).count()).toBe(1);

    await page.goto(`${baseUrl}/admin/#/collections/products/entries/tieu-tien-phuoc`);
    const preview = page.frameLocator('iframe').first();
    await preview.getByRole('heading', { name: 'Tiêu Tiên Phước' }).waitFor({ timeout: 30_000 });
    const text = await preview.locator('body').innerText();
    expect(text).toContain('Công ty TNHH Sơn Tiến');
    expect(text).toContain('huyện Tiên Phước');
    expect(text).toContain('4 sao, cấp tỉnh, Quyết định 3610/QĐ-UBND ngày 29/12/2022, 70,9 điểm');
    expect(text).not.toMatch(/cong-ty-tnhh-son-tien|tien-phuoc|gia-vi-khac|\bprovince\b|2022-12-29/);
    // The site address of content/site.json is a placeholder: no "Xem bản hoàn chỉnh" to it.
    expect(await page.getByText('Xem bản hoàn chỉnh').count()).toBe(0);
    expect(await page.locator('a[href*=".example"]').count()).toBe(0);
    expect(pageProblems(page).filter((p) => p.kind !== 'console' || !/ERR_FAILED|net::/.test(p.text))).toEqual([]);
    await page.close();
  });
});

describe('content editor and the English text', () => {
  it('keeps the hidden digest when the Vietnamese text is edited, so the check says the English is out of date', async () => {
    // A product of the copy with a stamped English block (written here, so the test does not depend on which records are translated).
    const slug = fs.readdirSync(path.join(content, 'products')).filter((f) => f.endsWith('.md')).sort()[0]!.replace(/\.md$/, '');
    const file = path.join(content, 'products', `${slug}.md`);
    const original = fs.readFileSync(file, 'utf8').replace(/^english:[\s\S]*?(?=^sources:)/m, '');
    const { text, outcomes } = stampMarkdown(original.replace(/^sources:/m, 'english:\n  description: An English text written for this test.\n  translatedOn: 2026-11-20\nsources:'), false);
    expect(outcomes[0]!.status).toBe('stamped');
    fs.writeFileSync(file, text);
    const before = matter(text, { ...YAML_ENGINE });

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await watchPage(page);
    await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${baseUrl}/admin/#/collections/products/entries/${slug}`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const body = field(page, 'Mô tả');
    await expect.poll(() => body.inputValue(), { timeout: 30_000 }).toContain(before.content.trim().slice(0, 20));
    await body.press('End');
    await body.pressSequentially(' Câu thêm để thử.');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();

    await expect.poll(() => fs.readFileSync(file, 'utf8').includes('Câu thêm để thử.'), { timeout: 30_000 }).toBe(true);
    const saved = matter(fs.readFileSync(file, 'utf8'), { ...YAML_ENGINE });
    expect(saved.data.english).toEqual(before.data.english);
    expect(sourceDigest(saved.content)).not.toBe((before.data.english as { sourceDigest: string }).sourceDigest);
    const check = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check/main.ts', '--lang', 'en'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    expect(check.stderr).toContain(`products/${slug}.md: english.sourceDigest: "${(before.data.english as { sourceDigest: string }).sourceDigest}" — the Vietnamese text changed after its translation of 2026-11-20`);
  });
});

describe('content editor in the built site', () => {
  const site = useSite(REAL);

  it('starts under its own policy with no CSP violation and offers the GitHub sign-in', async () => {
    const page = await site.newPage();
    const response = await site.goto(page, '/admin/');
    expect(response?.status()).toBe(200);
    // The header policy of /admin/ is the editor's, not the site's (which would block its styles).
    expect(response?.headers()['content-security-policy']).toContain("'unsafe-eval'");
    await expect.poll(() => page.getByRole('button', { name: /GitHub/ }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Served from localhost, Decap first looks for a local backend (npm run cms), which is not running here.
    const lookedForLocalBackend = (p: { kind: string; text: string }) => p.kind === 'console' && p.text.includes(CMS_LOCAL_BACKEND_URL);
    expect(site.problems(page).filter((p) => !lookedForLocalBackend(p))).toEqual([]);
  });
});
