import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
const transform = (plugin: ReturnType<typeof contentStorePlugin>, environment: string, code: string, id = DATA_STORE_MODULE) =>
  ((plugin.transform as { handler: Hook }).handler).call(context(environment), code, id) as { code: string } | null;
const buildEnd = (plugin: ReturnType<typeof contentStorePlugin>, environment: string) => (plugin.buildEnd as Hook).call(context(environment));

/** Astro's own module for a store kept in one file (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const inlined = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

describe('the content store read from its file in astro build', () => {
  it('replaces the inlined store with a module that reads the same data from the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-store-'));
    const store = JSON.stringify([['Map', 1, 2], 'products', { id: 'nước-mắm' }]);
    fs.writeFileSync(path.join(dir, 'data-store.json'), store);
    const plugin = contentStorePlugin(path.join(dir, 'data-store.json'));
    const out = transform(plugin, 'prerender', inlined(store));
    expect(out!.code).not.toContain('nước-mắm');
    const module = path.join(dir, 'store.mjs');
    fs.writeFileSync(module, out!.code);
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toEqual(JSON.parse(store));
  });

  it('leaves the browser bundle and other modules alone', () => {
    const plugin = contentStorePlugin('/nowhere/data-store.json');
    expect(transform(plugin, 'client', inlined('[]'))).toBeNull();
    expect(transform(plugin, 'prerender', 'export default 1', '\0astro:content')).toBeNull();
  });

  it('fails the build when Astro no longer inlines the store, or the prerender bundle never loaded it', () => {
    expect(() => transform(contentStorePlugin('/x/data-store.json'), 'prerender', 'export default {"products":[]}')).toThrow(/no longer inlines the content store/);
    expect(() => buildEnd(contentStorePlugin('/x/data-store.json'), 'prerender')).toThrow(/did not load Astro's content store/);
    const used = contentStorePlugin('/x/data-store.json');
    transform(used, 'prerender', inlined('[]'));
    expect(buildEnd(used, 'prerender')).toBeUndefined();
    expect(buildEnd(contentStorePlugin('/x/data-store.json'), 'client')).toBeUndefined();
  });
});
