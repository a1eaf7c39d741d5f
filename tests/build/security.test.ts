// Security of the built pages:
// - the Content-Security-Policy meta tag is on every page, first in <head>, and allows only the
//   site's own scripts and styles plus the map's tile server (no 'unsafe-inline', no other origin);
// - dist/_headers sends the same policy for /* with nosniff and a referrer policy;
// - the one exception is the content editor at /admin/ (Decap CMS, scripts/cms): its page and its
//   _headers rule carry src/lib/publishing/csp.ts adminContentSecurityPolicy, which still loads scripts only
//   from the site itself; no other file of dist/ is exempt;
// - no page has an inline <script> other than a JSON data block (JSON-LD, map data), a script
//   from another origin, an on* event-handler attribute, a style attribute or <style> element
//   (style-src 'self' blocks them, so they would silently not apply), or a javascript: URL;
// - a <script> placed in content never reaches a page: the content check rejects raw HTML in
//   bodies, and — proven by building tests/fixtures/script-injection WITHOUT the check — the
//   renderer shows it as text (src/lib/content/markdown-escape-html.ts, Astro's escaping of fields).
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy } from '../../src/lib/publishing/csp';
import { paths } from '../../src/lib/pages/routes';
import { parseHeadersFile } from '../helpers/browser-server';
import { runStep } from '../helpers/build-site';
import { builtPages } from '../helpers/route-patterns';
import { FIXTURE, OUTPUT, REAL, ROOT, type SiteUnderTest } from '../helpers/sites';

interface SiteFacts {
  origin: string;
  tileOrigin: string;
  csp: string;
}

function siteFacts(site: SiteUnderTest): SiteFacts {
  const config = JSON.parse(fs.readFileSync(path.join(site.contentDir, 'site.json'), 'utf8'));
  return {
    origin: new URL(config.url).origin,
    tileOrigin: new URL(config.map.tiles.replace(/\{[a-z]\}/g, 'a')).origin,
    csp: contentSecurityPolicy(config.map.tiles),
  };
}

/** Directive name → its sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** What is wrong with a policy: [] when it allows only the site itself and the tile server's images. */
function cspProblems(policy: string, tileOrigin: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  for (const required of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) {
    if (!csp.has(required)) problems.push(`${required} is missing`);
  }
  // Sources each directive may use; anything else (an origin, a scheme, 'unsafe-inline', *…) is a problem.
  const allowed = (directive: string): string[] => {
    const base = ["'self'", "'none'"];
    if (directive === 'script-src') return [...base, "'wasm-unsafe-eval'"];
    if (directive === 'img-src') return [...base, 'data:', tileOrigin];
    return base;
  };
  for (const [directive, sources] of csp) {
    for (const source of sources) {
      if (!allowed(directive).includes(source)) problems.push(`${directive} allows ${source}`);
    }
  }
  if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}

// Inline <script> elements with these types are data blocks, never executed (and not governed by
// script-src): JSON-LD for search engines, JSON for a page's own script to read (map data…).
const DATA_BLOCK_TYPES = ['application/ld+json', 'application/json'];
const scriptUrl = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

/** Inline scripts, event handlers, inline styles and javascript: URLs on one page. */
function pageProblems(html: string, origin: string): string[] {
  const root = parse(html, { comment: false });
  const problems: string[] = [];
  const tag = (el: HTMLElement) => el.outerHTML.slice(0, Math.min(el.outerHTML.indexOf('>') + 1, 160));

  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (src === undefined) {
      if (!DATA_BLOCK_TYPES.includes(type)) problems.push(`inline script: ${tag(script)}${script.textContent.slice(0, 80)}`);
      else {
        // A data block must stay data: valid JSON that cannot close its <script> element, so any
        // "<" from content is written \u003c (as BaseLayout does for JSON-LD).
        if (script.textContent.includes('<')) problems.push(`${type} block with a raw "<": ${script.textContent.slice(0, 120)}`);
        try {
          JSON.parse(script.textContent);
        } catch {
          problems.push(`${type} block that is not JSON: ${script.textContent.slice(0, 120)}`);
        }
      }
    } else if (new URL(src, `${origin}/`).origin !== origin) {
      problems.push(`script from another origin: ${tag(script)}`);
    }
  }
  for (const style of root.querySelectorAll('style')) problems.push(`<style> element (blocked by style-src 'self'): ${style.textContent.slice(0, 80)}`);
  for (const el of root.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      const attr = name.toLowerCase();
      if (/^on/.test(attr)) problems.push(`event-handler attribute ${name}: ${tag(el)}`);
      if (attr === 'style') problems.push(`style attribute (blocked by style-src 'self'): ${tag(el)}`);
      if (URL_ATTRIBUTES.includes(attr) && /^(javascript|vbscript):/.test(scriptUrl(value))) problems.push(`${name}="${value}": ${tag(el)}`);
    }
  }
  return problems;
}

function cspMetaProblems(html: string, expected: string): string[] {
  const head = parse(html).querySelector('head');
  if (!head) return ['no <head>'];
  const children = head.childNodes.filter((n): n is HTMLElement => n.nodeType === 1);
  const metas = children.filter((el) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${metas.length} CSP meta tags in <head>`];
  const problems: string[] = [];
  const content = metas[0]!.getAttribute('content');
  if (content !== expected) problems.push(`CSP meta "${content}" differs from src/lib/publishing/csp.ts "${expected}"`);
  // A meta policy covers only what comes after it: nothing that loads may precede it.
  const first = children.findIndex((el) => ['script', 'style', 'link', 'base'].includes(el.rawTagName.toLowerCase()));
  if (first >= 0 && first < children.indexOf(metas[0]!)) problems.push(`<${children[first]!.rawTagName}> comes before the CSP meta tag`);
  return problems;
}

const list = (items: string[]) => items.map((i) => `  ${i}`).join('\n');

for (const site of [REAL, FIXTURE]) {
  describe(`security: ${site.name}`, () => {
    const facts = siteFacts(site);
    let pages: { url: string; html: string }[];
    beforeAll(() => {
      pages = builtPages(site.outDir).map((p) => ({ url: p.url, html: fs.readFileSync(p.file, 'utf8') }));
    });

    it('the policy of src/lib/publishing/csp.ts allows only the site itself and the tile server', () => {
      expect(cspProblems(facts.csp, facts.tileOrigin)).toEqual([]);
      expect(parseCsp(facts.csp).get('img-src')).toContain(facts.tileOrigin);
    });

    it('every page has that policy as its first meta tag that matters', () => {
      expect(pages.length).toBeGreaterThan(0);
      const problems = pages.flatMap((p) => cspMetaProblems(p.html, facts.csp).map((m) => `${p.url}: ${m}`));
      expect(problems.length, `pages without the right CSP meta tag:\n${list(problems)}\n`).toBe(0);
    });

    it('dist/_headers sends the same policy for /* with nosniff and a referrer policy', () => {
      const file = path.join(site.outDir, '_headers');
      expect(fs.existsSync(file), `${file} is missing (src/pages/[headersFile].ts)`).toBe(true);
      const all = parseHeadersFile(fs.readFileSync(file, 'utf8')).find((r) => r.pattern.test('/any/page/'));
      const headers = new Map(all?.headers.map(([k, v]) => [k.toLowerCase(), v]));
      expect(headers.get('content-security-policy')).toBe(facts.csp);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    });

    it('the content editor /admin/ is the only page with another policy: its own, scripts from the site only', () => {
      const allHtml = (fs.readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind'));
      const checked = new Set(builtPages(site.outDir).map((p) => p.file));
      const exempt = allHtml.filter((f) => !checked.has(path.join(site.outDir, f)));
      expect(exempt).toEqual([path.join('admin', 'index.html')]);

      const admin = fs.readFileSync(path.join(site.outDir, 'admin', 'index.html'), 'utf8');
      const policy = adminContentSecurityPolicy();
      expect(cspMetaProblems(admin, policy)).toEqual([]);
      const csp = parseCsp(policy);
      expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      // Its markup holds no inline script or style either; Decap's own styles are injected at run time.
      expect(pageProblems(admin, facts.origin)).toEqual([]);

      const rules = parseHeadersFile(fs.readFileSync(path.join(site.outDir, '_headers'), 'utf8'));
      const adminRule = rules.find((r) => r.pattern.test('/admin/') && !r.pattern.test('/any/page/'));
      expect(adminRule?.headers).toEqual(expect.arrayContaining([['!Content-Security-Policy', ''], ['Content-Security-Policy', policy]]));
      expect(rules.filter((r) => r.pattern.test('/any/page/')).flatMap((r) => r.headers.filter(([k]) => /content-security-policy/i.test(k)))).toEqual([
        ['Content-Security-Policy', facts.csp],
      ]);
    });

    it('no inline script (except JSON data blocks), event handler, inline style or javascript: URL on any page', () => {
      const problems = pages.flatMap((p) => pageProblems(p.html, facts.origin).map((m) => `${p.url}: ${m}`));
      expect(problems.length, `${problems.length} problem(s):\n${list(problems)}\n`).toBe(0);
    });
  });
}

describe('security: a script in content never reaches a page', () => {
  const fixture: SiteUnderTest = {
    name: 'script-injection',
    contentDir: path.join(ROOT, 'tests/fixtures/script-injection'),
    outDir: path.join(OUTPUT, 'script-injection', 'dist'),
    cacheDir: path.join(OUTPUT, 'script-injection', 'cache'),
  };
  const origin = siteFacts(fixture).origin;
  const read = (url: string) => {
    const file = path.join(fixture.outDir, url, 'index.html');
    expect(fs.existsSync(file), `${url} was not built`).toBe(true);
    return fs.readFileSync(file, 'utf8');
  };

  beforeAll(() => {
    if (process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(fixture.outDir, 'index.html'))) return;
    fs.rmSync(fixture.outDir, { recursive: true, force: true });
    // Astro's content cache keeps rendered bodies across builds and would hide a renderer change.
    fs.rmSync(fixture.cacheDir, { recursive: true, force: true });
    // astro build alone: the content check, which would stop this content, is deliberately skipped.
    const result = runStep('node_modules/.bin/astro', ['build'], fixture);
    if (result.status !== 0) throw new Error(`building ${fixture.contentDir} failed:\n${result.output.slice(-4000)}`);
  });

  it('the content check rejects raw HTML in the bodies', () => {
    const result = runStep('node_modules/.bin/tsx', ['scripts/check/main.ts', '--lang', 'en'], fixture);
    expect(result.status).toBe(1);
    const errors = result.output.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e).toMatch(/body: "<script>" .*raw HTML is not allowed/);
  });

  for (const locale of ['vi', 'en'] as const) {
    it(`the product page (${locale}) shows the body's HTML as text and runs none of it`, () => {
      const html = read(paths.product(locale, 'mam-thu'));
      const root = parse(html);
      const body = root.querySelector('main')?.textContent ?? '';
      expect(body).toContain('<script>alert(1)</script>');
      expect(body).toContain(`<div onclick="alert('div')">`);
      expect(html).not.toMatch(/<script>alert|<div onclick/i);
      expect(root.querySelectorAll('script').filter((s) => s.textContent.includes('alert'))).toEqual([]);
      // Markdown's own link syntax with a javascript: address keeps its text, loses its link.
      expect(body).toContain('bấm vào đây');
      expect(root.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '').filter((h) => /javascript/i.test(h))).toEqual([]);
      // The name is a field, not Markdown: Astro escapes it.
      expect(root.querySelector('h1')?.textContent).toContain('<b>đậm</b>');
      expect(root.querySelectorAll('main b')).toEqual([]);
    });

    it(`the producer page (${locale}) shows the body's HTML as text`, () => {
      const html = read(paths.producer(locale, 'co-so-thu'));
      const body = parse(html).querySelector('main')?.textContent ?? '';
      expect(body).toMatch(/<script>alert\(.producer-body.\)<\/script>/);
      expect(body).toContain('<img src="x" onerror=');
      expect(html).not.toMatch(/<script>alert|<img src="x"/i);
    });
  }

  it('no page of that build has an inline script, event handler or javascript: URL', () => {
    const pages = builtPages(fixture.outDir);
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((p) => pageProblems(fs.readFileSync(p.file, 'utf8'), origin).map((m) => `${p.url}: ${m}`));
    expect(problems.length, `${problems.length} problem(s):\n${list(problems)}\n`).toBe(0);
  });
});
