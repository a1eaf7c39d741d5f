// The files of the content editor at /admin/: its page, its configuration (generated from
// src/lib/content/schema.ts by src/lib/cms/config.ts, with this content folder's districts, product sets and
// sales points as choices) and Decap CMS itself, copied from the npm package (no CDN). Written into
// dist/admin/ after the build (scripts/after-build) and served by `npm run cms` for local editing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import matter from 'gray-matter';
import { YAML_ENGINE } from '../shared/front-matter.ts';
import { cmsConfig, editorPageData, type CmsInputs, type CmsOption } from '../../src/lib/cms/config.ts';
import { COLLECTION_PATHS } from '../../src/lib/content/content-layout.ts';
import { adminContentSecurityPolicy, CMS_LOCAL_BACKEND_URL } from '../../src/lib/publishing/csp.ts';
import { loadSiteConfig } from '../../src/lib/content/site-config.ts';

/** The URL folder of the editor. */
export const ADMIN_PATH = '/admin/';

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function jsonFiles(dir: string): { id: string; data: Record<string, unknown> }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = readJson(path.join(dir, f)) as Record<string, unknown>;
      return { id: typeof data.slug === 'string' ? data.slug : f.replace(/\.json$/, ''), data };
    });
}

/** The front matter of each Markdown record of a folder (a file that does not parse is left to npm run check). */
function markdownFiles(dir: string): { id: string; data: Record<string, unknown> }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => {
      try {
        const data = matter(fs.readFileSync(path.join(dir, f), 'utf8'), { ...YAML_ENGINE }).data as Record<string, unknown>;
        return [{ id: typeof data.slug === 'string' ? data.slug : f.replace(/\.md$/, ''), data }];
      } catch {
        return [];
      }
    });
}

const byLabel = (a: CmsOption, b: CmsOption) => a.label.localeCompare(b.label, 'vi');

/** What the configuration needs from a content folder. `repoRoot` is the folder the editor saves relative to. */
export function cmsInputs(contentDir: string, repoRoot: string, localBackendUrl = CMS_LOCAL_BACKEND_URL): CmsInputs {
  const site = loadSiteConfig(contentDir);
  const contentFolder = path.relative(repoRoot, contentDir).split(path.sep).join('/');
  if (contentFolder.startsWith('..')) throw new Error(`the content folder ${contentDir} is outside ${repoRoot}`);
  const districts = jsonFiles(path.join(contentDir, COLLECTION_PATHS.districts.dir)).map(({ id, data }) => ({ label: `${data.kind} ${data.name}`, value: id }));
  const sets = readJson(path.join(contentDir, COLLECTION_PATHS.productSets.file)) as { id: string; code: string; name: string }[];
  const productSets = sets.map((s) => ({ label: `${s.code} ${s.name}`, value: s.id }));
  const salesPoints = jsonFiles(path.join(contentDir, COLLECTION_PATHS.salesPoints.dir)).map(({ id, data }) => ({ label: String(data.name), value: id }));
  const formerUnits = jsonFiles(path.join(contentDir, COLLECTION_PATHS.units.dir)).flatMap(({ data }) => (Array.isArray(data.formerUnits) ? (data.formerUnits as unknown[]) : []));
  const orphans = jsonFiles(path.join(contentDir, COLLECTION_PATHS.formerCommunes.dir)).map(({ data }) => data as unknown);
  const formerCommunes = [...formerUnits, ...orphans]
    .filter((f): f is { name: string; district: string } => typeof (f as { name?: unknown })?.name === 'string' && typeof (f as { district?: unknown })?.district === 'string')
    .map(({ name, district }) => ({ name, district }));
  const producers = markdownFiles(path.join(contentDir, COLLECTION_PATHS.producers.dir)).map(({ id, data }) => ({ label: String(data.name ?? id), value: id }));
  return {
    contentFolder,
    repository: site.repository,
    branch: site.repositoryBranch,
    authUrl: site.cmsAuthUrl,
    localBackendUrl,
    siteUrl: site.url,
    timeZone: site.timeZone,
    districts: districts.sort(byLabel),
    productSets,
    salesPoints: salesPoints.sort(byLabel),
    producers: producers.sort(byLabel),
    formerCommunes,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The editor's own script (validation, Vietnamese, date fields, previews, list lines), written next to Decap's. */
export const EDITOR_SCRIPT = 'editor.js';
/** The id of the data block the editor's script reads (src/browser/cms/editor.ts). */
export const EDITOR_DATA_ID = 'ocop-editor-data';

/** JSON that cannot end its <script> element (as BaseLayout writes JSON-LD). */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The editor's page: its own relaxed policy first, the configuration link, Decap's script, then ours
 * (which registers its widgets, locale and previews before Decap has loaded its configuration), with
 * the names behind slugs and the site's time zone in a data block.
 */
export function adminPage(siteName: string, inputs: CmsInputs, localBackendUrl = CMS_LOCAL_BACKEND_URL): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(adminContentSecurityPolicy(localBackendUrl))}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Biên tập nội dung – ${escapeHtml(siteName)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>Trình biên tập nội dung cần JavaScript.</noscript>
<script type="application/json" id="${EDITOR_DATA_ID}">${scriptJson(editorPageData(inputs))}</script>
<script src="decap-cms.js"></script>
<script src="${EDITOR_SCRIPT}"></script>
</body>
</html>
`;
}

/** Decap CMS's browser files in its npm package: the main script and the chunks it loads on demand. */
export function decapFiles(): string[] {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  return fs
    .readdirSync(dir)
    .filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f))
    .map((f) => path.join(dir, f));
}

/** The configuration as YAML (JSON is YAML, and needs no second serialiser). */
export function configYaml(inputs: CmsInputs): string {
  return `# Generated from src/lib/content/schema.ts by scripts/cms (src/lib/cms/config.ts): edit those, not this file.\n${JSON.stringify(cmsConfig(inputs), null, 2)}\n`;
}

/** The editor's own script, bundled (src/browser/cms/editor.ts and the src/lib/ modules it runs: the check's rules included). */
export async function editorScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, '../../src/browser/cms/editor.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Writes dist/admin/: page, configuration, Decap's files and the editor's script. Returns the number of files. */
export async function writeAdmin(distDir: string, contentDir: string, repoRoot: string): Promise<number> {
  const dir = path.join(distDir, ADMIN_PATH);
  fs.mkdirSync(dir, { recursive: true });
  const site = loadSiteConfig(contentDir);
  const inputs = cmsInputs(contentDir, repoRoot);
  fs.writeFileSync(path.join(dir, 'index.html'), adminPage(site.name, inputs));
  fs.writeFileSync(path.join(dir, 'config.yml'), configYaml(inputs));
  fs.writeFileSync(path.join(dir, EDITOR_SCRIPT), await editorScript());
  const files = decapFiles();
  for (const file of files) fs.copyFileSync(file, path.join(dir, path.basename(file)));
  return files.length + 3;
}
