// Links: every internal URL of every built page (href, src, srcset, form actions, social and
// structured-data URLs on the site's own address), every url() of the built CSS and every sitemap
// entry resolves to a file in dist/; #fragments point at an element that exists; links that open
// a new tab carry rel="noopener"; no link lacks an address or a name. Both test sites, all pages;
// every problem is reported.
//
// Why a file-based checker rather than a library: linkinator 7 (the usual choice) needs a running
// server and crawls over HTTP, so it is slower, would test the test server's rewriting rather than
// the files a static host receives, and cannot map the absolute https://<site>/… URLs (canonical,
// hreflang alternates, og:url, JSON-LD) onto dist/. Reading the files with node-html-parser is
// offline, fast and exact about which page holds which broken link.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/route-patterns';
import { FIXTURE, OUTPUT, REAL, type SiteUnderTest } from '../helpers/sites';

interface Ref {
  /** The page (URL path) or file the reference is in. */
  from: string;
  /** Where in it: 'a[href]', 'img[srcset]', 'url()'… */
  where: string;
  value: string;
}

interface Problem {
  target: string;
  reason: string;
  from: string;
  where: string;
}

// Attributes holding one URL, per element (everything a browser or crawler would fetch or follow).
const URL_ATTRIBUTES: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['track[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['input[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['[formaction]', 'formaction'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];
const SRCSET_ATTRIBUTES: [selector: string, attr: string][] = [
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
  ['link[imagesrcset]', 'imagesrcset'],
];

/** The URLs of a srcset ("a.webp 1x, b.webp 2x" / "a.webp 80w, …"). */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Every string in a JSON value (for URLs inside JSON-LD). An "@id" is a node identifier: its
 * address part must exist, but its #fragment names the node, not an element of the page.
 */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return [key === '@id' ? value.replace(/#.*$/, '') : value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

interface ParsedSite {
  site: SiteUnderTest;
  origin: string;
  refs: Ref[];
  blankTargets: { from: string; html: string; rel: string }[];
  /** ids (and a[name]s) per HTML file, for #fragment checks. */
  anchors: Map<string, Set<string>>;
  /** Links (outside inert <template>s) without an address or without a name a reader would hear. */
  emptyLinks: { from: string; html: string }[];
}

function parseSite(site: SiteUnderTest): ParsedSite {
  const origin = new URL(JSON.parse(fs.readFileSync(path.join(site.contentDir, 'site.json'), 'utf8')).url).origin;
  const refs: Ref[] = [];
  const blankTargets: ParsedSite['blankTargets'] = [];
  const anchors = new Map<string, Set<string>>();
  const emptyLinks: ParsedSite['emptyLinks'] = [];

  for (const page of builtPages(site.outDir)) {
    const root = parse(fs.readFileSync(page.file, 'utf8'));
    const add = (where: string, value: string | undefined) => {
      if (value !== undefined) refs.push({ from: page.url, where, value: value.trim() });
    };
    for (const [selector, attr] of URL_ATTRIBUTES) {
      for (const el of root.querySelectorAll(selector)) add(`${el.rawTagName.toLowerCase()}[${attr}]`, el.getAttribute(attr));
    }
    for (const [selector, attr] of SRCSET_ATTRIBUTES) {
      for (const el of root.querySelectorAll(selector)) {
        for (const u of srcsetUrls(el.getAttribute(attr) ?? '')) add(`${el.rawTagName.toLowerCase()}[${attr}]`, u);
      }
    }
    for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
      // Only absolute URLs on the site's own address: JSON-LD also holds plain text.
      for (const s of strings(JSON.parse(script.textContent))) if (s.startsWith(`${origin}/`)) add('JSON-LD', s);
    }
    for (const el of root.querySelectorAll('[target]')) {
      if (el.getAttribute('target')?.toLowerCase() === '_blank') {
        blankTargets.push({ from: page.url, html: openingTag(el), rel: el.getAttribute('rel') ?? '' });
      }
    }
    for (const a of root.querySelectorAll('a')) {
      if (a.closest('template')) continue; // cloned and filled by a script, never shown as it is
      const name = a.textContent.trim() || a.getAttribute('aria-label')?.trim() || a.querySelector('img[alt]')?.getAttribute('alt')?.trim();
      if (!a.getAttribute('href') || !name) emptyLinks.push({ from: page.url, html: a.outerHTML.slice(0, 160) });
    }
    const ids = new Set<string>();
    for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
    for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    anchors.set(page.file, ids);
  }

  // url(…) in the built stylesheets (fonts, images), relative to the stylesheet.
  for (const rel of fs.readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (!rel.endsWith('.css')) continue;
    const cssUrl = `/${rel.split(path.sep).join('/')}`;
    const css = fs.readFileSync(path.join(site.outDir, rel), 'utf8');
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      refs.push({ from: cssUrl, where: 'url()', value: new URL(m[2]!, `${origin}${cssUrl}`).href });
    }
  }

  // The sitemaps: every <loc> and hreflang alternate.
  for (const name of fs.readdirSync(site.outDir).filter((f) => /^sitemap.*\.xml$/.test(f))) {
    const xml = fs.readFileSync(path.join(site.outDir, name), 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link [^>]*href="([^"]+)"/g)) {
      refs.push({ from: `/${name}`, where: m[1] ? 'loc' : 'xhtml:link', value: m[1] ?? m[2]! });
    }
  }
  return { site, origin, refs, blankTargets, anchors, emptyLinks };
}

function openingTag(el: HTMLElement): string {
  return el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);
}

/** The file in dist/ a site path is served from, or why there is none. */
function resolvePath(outDir: string, pathname: string): { file?: string; reason?: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { reason: 'badly encoded path' };
  }
  const target = path.join(outDir, decoded);
  if (!target.startsWith(outDir)) return { reason: 'path leaves the site' };
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (decoded.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return fs.existsSync(index) ? { file: index } : { reason: `missing ${path.relative(outDir, index)}` };
  }
  if (stat?.isFile()) return { file: target };
  if (stat?.isDirectory()) return { reason: 'a folder without the trailing slash (the site uses trailingSlash: always)' };
  return { reason: `missing ${decoded.slice(1)}` };
}

function checkRefs(parsed: ParsedSite): Problem[] {
  const { site, origin, refs, anchors } = parsed;
  const problems: Problem[] = [];
  for (const ref of refs) {
    if (ref.value === '' ) {
      problems.push({ target: '(empty)', reason: 'empty URL', from: ref.from, where: ref.where });
      continue;
    }
    let url: URL;
    try {
      url = new URL(ref.value, `${origin}${ref.from}`);
    } catch {
      problems.push({ target: ref.value, reason: 'not a valid URL', from: ref.from, where: ref.where });
      continue;
    }
    if (url.origin !== origin) continue; // other sites, mailto:, tel:, data: (not checked offline)
    const resolved = resolvePath(site.outDir, url.pathname);
    if (!resolved.file) {
      problems.push({ target: url.pathname + url.search, reason: resolved.reason!, from: ref.from, where: ref.where });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !fragment.startsWith(':~:') && resolved.file.endsWith('.html') && !anchors.get(resolved.file)?.has(fragment)) {
      problems.push({ target: `${url.pathname}${url.hash}`, reason: `no element with id "${fragment}"`, from: ref.from, where: ref.where });
    }
  }
  return problems;
}

/** Groups problems by broken target, and writes the full list (every page) to a file. */
function report(site: SiteUnderTest, kind: string, problems: Problem[]): string {
  const byTarget = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.target} — ${p.reason}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), p]);
  }
  const full = [...byTarget].map(([key, ps]) => `${key}\n${ps.map((p) => `    on ${p.from} (${p.where})`).join('\n')}`).join('\n');
  const file = path.join(OUTPUT, site.name, `${kind}.txt`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${full}\n`);
  const short = [...byTarget]
    .map(([key, ps]) => {
      const pages = [...new Set(ps.map((p) => `${p.from} (${p.where})`))];
      return `${key}\n    on ${pages.slice(0, 8).join(', ')}${pages.length > 8 ? `, and ${pages.length - 8} more` : ''}`;
    })
    .join('\n');
  return `${problems.length} broken reference(s) to ${byTarget.size} target(s) in ${site.name} (every page listed in ${file}):\n${short}\n`;
}

for (const site of [REAL, FIXTURE]) {
  describe(`links: ${site.name}`, () => {
    let parsed: ParsedSite;
    beforeAll(() => {
      parsed = parseSite(site);
    });

    it('finds the references it checks (the checker reads the pages)', () => {
      expect(parsed.refs.filter((r) => r.where === 'a[href]').length).toBeGreaterThan(0);
      expect(parsed.refs.filter((r) => r.where === 'link[href]').length).toBeGreaterThan(0);
      expect(parsed.refs.filter((r) => r.where === 'url()').length).toBeGreaterThan(0);
      expect(parsed.refs.filter((r) => r.where === 'loc').length).toBeGreaterThan(0);
    });

    it('every internal URL, asset, stylesheet url() and sitemap entry resolves to a file in dist/', () => {
      const problems = checkRefs(parsed);
      expect(problems.length, report(site, 'broken-links', problems)).toBe(0);
    });

    it('every link has an address and a name (a link a script fills is made by that script)', () => {
      expect(parsed.emptyLinks.map((l) => `${l.from}: ${l.html}`)).toEqual([]);
    });

    it('every link that opens a new tab has rel="noopener"', () => {
      const missing = parsed.blankTargets.filter((b) => !b.rel.toLowerCase().split(/\s+/).includes('noopener'));
      expect(missing.length, `target="_blank" without rel="noopener":\n${missing.map((m) => `  on ${m.from}: ${m.html}`).join('\n')}\n`).toBe(0);
    });
  });
}
