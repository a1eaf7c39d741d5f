// astro build lets go of the content layer's copy of the store (scripts/build/release-synced-content.ts).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CONTENT_LAYER_MODULE, contentLayerSingleton } from '../../../scripts/build/release-synced-content';

/** A require() that resolves Astro as the project does and answers the singleton's file with `load`. */
const requireWith = (load: () => unknown) => {
  const real = createRequire(import.meta.url);
  return Object.assign((id: string) => (id.endsWith(CONTENT_LAYER_MODULE) ? load() : real(id)), { resolve: real.resolve }) as unknown as NodeJS.Require;
};

describe('the content layer released once the content is synced', () => {
  it('finds the installed Astro’s content layer singleton', () => {
    const layer = contentLayerSingleton();
    expect(typeof layer.get).toBe('function');
    expect(typeof layer.dispose).toBe('function');
  });

  it('fails, naming the file, when an Astro upgrade moved or changed the singleton', () => {
    expect(() => contentLayerSingleton(requireWith(() => { throw new Error('Cannot find module'); }))).toThrow(/dist\/content\/instance\.js: cannot load Astro's content layer singleton \(Cannot find module\)/);
    expect(() => contentLayerSingleton(requireWith(() => ({ contentLayer: {} })))).toThrow(/dist\/content\/instance\.js: no globalContentLayer with get\(\) and dispose\(\)/);
  });
});
