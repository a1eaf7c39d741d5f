// What a reader downloads for one product page: its HTML and the stylesheets it links (gzip, as a
// host compresses text), and the JavaScript it runs (files it references, and what those import).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface ProductPageWeight {
  /** Product pages measured (all of them, or an evenly spread sample of MAX_SAMPLE). */
  pagesMeasured: number;
  /** Median over the pages of gzip(HTML) + gzip(each linked stylesheet). */
  medianHtmlCssGzipBytes: number;
  medianHtmlGzipBytes: number;
  medianHtmlRawBytes: number;
  /** The stylesheets of the median page: they are shared by every page, so the HTML is what varies. */
  cssGzipBytes: number;
  cssFiles: string[];
  maxHtmlCssGzipBytes: number;
  js: { rawBytes: number; gzipBytes: number; files: string[]; inlineBytes: number };
  /** The page at the median, for looking at it. */
  medianPage: string;
  /** Where the median page's raw HTML bytes are (parts overlap: SVG and classes sit inside header/main/footer). */
  medianPageComposition: Record<string, number>;
}

const MAX_SAMPLE = 2000;

const gzipSize = (data: Buffer | string) => zlib.gzipSync(data).length;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/** Local files a page links with <link rel=…> of the given relation. */
function linked(html: string, rel: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => attributes(m[0]))
    .filter((a) => a.rel?.split(/\s+/).includes(rel) && a.href?.startsWith('/'))
    .map((a) => a.href!);
}

function scripts(html: string): { srcs: string[]; inlineBytes: number } {
  const srcs: string[] = [];
  let inlineBytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const a = attributes(m[1]!);
    if (a.src?.startsWith('/')) srcs.push(a.src);
    else if (!a.src && !/json/.test(a.type ?? '')) inlineBytes += Buffer.byteLength(m[2]!);
  }
  return { srcs, inlineBytes };
}

/** A script and every module it imports, statically or dynamically, followed through the files. */
function scriptClosure(distDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const file = path.join(distDir, url);
    if (!fs.existsSync(file)) continue;
    seen.add(url);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[^'"`;()]*?\bfrom\s*)?\(?\s*["']([^"']+\.m?js)["']/g)) {
      const spec = m[1]!;
      if (spec.startsWith('/')) queue.push(spec);
      else if (spec.startsWith('.')) queue.push(path.posix.join(path.posix.dirname(url), spec));
    }
  }
  return [...seen];
}

/** Raw bytes of the parts of a page that usually make it heavy. */
function composition(html: string): Record<string, number> {
  const bytes = (re: RegExp) => [...html.matchAll(re)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  return {
    total: Buffer.byteLength(html),
    head: bytes(/<head\b[\s\S]*?<\/head>/gi),
    jsonLd: bytes(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gi),
    header: bytes(/<header\b[\s\S]*?<\/header>/gi),
    main: bytes(/<main\b[\s\S]*?<\/main>/gi),
    footer: bytes(/<footer\b[\s\S]*?<\/footer>/gi),
    inlineSvg: bytes(/<svg\b[\s\S]*?<\/svg>/gi),
    pictureElements: bytes(/<picture\b[\s\S]*?<\/picture>/gi),
    classAttributes: bytes(/\sclass="[^"]*"/g),
    pagefindAttributes: bytes(/\sdata-pagefind-[a-z-]+(?:="[^"]*")?/g),
  };
}

const median = (sorted: number[]) => sorted[Math.floor((sorted.length - 1) / 2)]!;

/** Product pages in both languages, for the given slugs. */
export function productPageFiles(distDir: string, slugs: string[]): string[] {
  return slugs.flatMap((slug) => [`san-pham/${slug}/index.html`, `en/products/${slug}/index.html`]).filter((f) => fs.existsSync(path.join(distDir, f)));
}

export function measureProductPages(distDir: string, slugs: string[]): ProductPageWeight {
  const all = productPageFiles(distDir, slugs);
  if (all.length === 0) throw new Error(`no product page found in ${distDir}`);
  const step = Math.max(1, all.length / MAX_SAMPLE);
  const sample = Array.from({ length: Math.min(all.length, MAX_SAMPLE) }, (_, i) => all[Math.floor(i * step)]!);
  const cssGzip = new Map<string, number>();
  const cssSize = (href: string) => {
    if (!cssGzip.has(href)) cssGzip.set(href, gzipSize(fs.readFileSync(path.join(distDir, href))));
    return cssGzip.get(href)!;
  };
  const pages = sample.map((file) => {
    const html = fs.readFileSync(path.join(distDir, file));
    const css = linked(html.toString('utf8'), 'stylesheet');
    const htmlGzip = gzipSize(html);
    const cssTotal = css.reduce((n, href) => n + cssSize(href), 0);
    return { file, html, css, htmlGzip, cssTotal, total: htmlGzip + cssTotal };
  });
  pages.sort((a, b) => a.total - b.total);
  const mid = pages[Math.floor((pages.length - 1) / 2)]!;
  const midHtml = mid.html.toString('utf8');
  const { srcs, inlineBytes } = scripts(midHtml);
  const jsFiles = scriptClosure(distDir, [...srcs, ...linked(midHtml, 'modulepreload')]);
  const jsData = jsFiles.map((f) => fs.readFileSync(path.join(distDir, f)));
  return {
    pagesMeasured: pages.length,
    medianHtmlCssGzipBytes: mid.total,
    medianHtmlGzipBytes: median(pages.map((p) => p.htmlGzip).sort((a, b) => a - b)),
    medianHtmlRawBytes: median(pages.map((p) => p.html.length).sort((a, b) => a - b)),
    cssGzipBytes: mid.cssTotal,
    cssFiles: mid.css,
    maxHtmlCssGzipBytes: pages[pages.length - 1]!.total,
    js: {
      rawBytes: jsData.reduce((n, d) => n + d.length, 0),
      gzipBytes: jsData.reduce((n, d) => n + gzipSize(d), 0),
      files: jsFiles,
      inlineBytes,
    },
    medianPage: `/${mid.file.replace(/index\.html$/, '')}`,
    medianPageComposition: composition(midHtml),
  };
}
