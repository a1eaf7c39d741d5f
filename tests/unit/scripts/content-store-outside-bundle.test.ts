import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentStorePlugin, DATA_STORE_MODULE } from '../../../scripts/build/content-store-outside-bundle';

// The hooks as Vite calls them, with the plugin context they read.
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const context = (environment: string) => ({
  environment: { name: environment },
  error(message: string): never {
    throw new Error(message);
  },
});
type ContentStorePlugin = ReturnType<typeof contentStorePlugin>;
const load = (plugin: ContentStorePlugin, environment: string, id = DATA_STORE_MODULE) =>
  (plugin.load as { handler: Hook }).handler.call(context(environment), id) as { code: string } | null;
const buildEnd = (plugin: ContentStorePlugin, environment: string) => (plugin.buildEnd as Hook).call(context(environment));

function storeFile(json: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-'));
  fs.writeFileSync(path.join(dir, 'data-store.json'), json);
  return path.join(dir, 'data-store.json');
}

describe('the content store read from its file in astro build', () => {
  it('loads the store as a module that reads the same data from the file, before Astro’s own loader', async () => {
    const store = JSON.stringify([['Map', 1, 2], 'products', { id: 'nước-mắm' }]);
    const file = storeFile(store);
    const plugin = contentStorePlugin(file);
    expect(plugin.enforce).toBe('pre');
    expect((plugin.load as { order?: string }).order).toBe('pre');
    const out = load(plugin, 'prerender');
    expect(out!.code).not.toContain('nước-mắm');
    const module = path.join(path.dirname(file), 'store.mjs');
    fs.writeFileSync(module, out!.code);
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toEqual(JSON.parse(store));
  });

  it('leaves the browser bundle, other modules and a missing store (Astro’s empty store) to Astro', () => {
    const plugin = contentStorePlugin(storeFile('[]'));
    expect(load(plugin, 'client')).toBeNull();
    expect(load(plugin, 'prerender', '\0astro:content')).toBeNull();
    expect(load(contentStorePlugin('/nowhere/data-store.json'), 'prerender')).toBeNull();
  });

  it('fails the build when the prerender bundle never loaded the store through it', () => {
    expect(() => buildEnd(contentStorePlugin('/x/data-store.json'), 'prerender')).toThrow(/did not load Astro's content store/);
    const used = contentStorePlugin(storeFile('[]'));
    load(used, 'prerender');
    expect(buildEnd(used, 'prerender')).toBeUndefined();
    expect(buildEnd(contentStorePlugin('/x/data-store.json'), 'client')).toBeUndefined();
  });

  it('rests on Astro’s own module being JSON.parse of the file’s text (an Astro upgrade that changes it fails here)', () => {
    const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const source = fs.readFileSync(path.join(astroDir, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(source).toContain('const jsonData = await fs.promises.readFile(dataStoreFile, "utf-8");');
    expect(source).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
  });
});
