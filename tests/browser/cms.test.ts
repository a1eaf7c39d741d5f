// The content editor on this computer (`npm run cms`: Decap CMS with decap-server), used as an editor
// would: on a temporary copy of content/ (CONTENT_DIR), never content/ itself, create a product
// through the form (name, producer, district, product set, certificate, source), publish it, then
// the new file matches the schema and `npm run check` passes on that copy. And the built editor
// (dist/admin/) starts under its own policy, served with dist/_headers, with no CSP violation.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_LOCAL_BACKEND_URL } from '../../src/lib/csp';
import { productSchema } from '../../src/lib/schema';
import { slugify } from '../../src/lib/slug';
import { YAML_ENGINE } from '../../scripts/shared/front-matter';
import { stampMarkdown } from '../../scripts/translations/stamp';
import { sourceDigest } from '../../src/lib/translation';
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

describe('content editor (npm run cms)', () => {
  it('creates a product through the form into the content copy, and the check passes', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await watchPage(page);
    // Offline: nothing but this computer.
    await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());

    await page.goto(`${baseUrl}/admin/#/collections/products/new`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await field(page, 'Tên sản phẩm').fill('Mật ong rừng Đại Lộc thử nghiệm');
    await choose(page, 'Chủ thể', 'Sơn Tiến', /Công ty TNHH Sơn Tiến/);
    await choose(page, 'Bộ sản phẩm', 'Gia vị khác', /Gia vị khác/);
    await choose(page, 'Địa phương (huyện, thị xã, thành phố cũ)', 'Tiên Phước', /Tiên Phước/);

    await page.getByRole('button', { name: /chứng nhận ocop/i }).click();
    await choose(page, 'Hạng sao', '4', /^4 sao$/);
    await choose(page, 'Cấp công nhận', 'tỉnh', /cấp tỉnh/);
    await field(page, 'Số quyết định').fill('3610/QĐ-UBND');
    await field(page, 'Năm quyết định').fill('2022');

    await page.getByRole('button', { name: /nguồn/i }).filter({ hasText: /add|thêm/i }).click();
    await field(page, 'Địa chỉ nguồn').fill('https://example.org/quyet-dinh-3610');
    await field(page, 'Tiêu đề nguồn').fill('Quyết định 3610/QĐ-UBND (thử nghiệm)');

    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();

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
      certificates: [{ stars: 4, level: 'province', decision: '3610/QĐ-UBND', year: 2022 }],
      sources: [{ url: 'https://example.org/quyet-dinh-3610', title: 'Quyết định 3610/QĐ-UBND (thử nghiệm)' }],
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
    const check = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check/main.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
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
