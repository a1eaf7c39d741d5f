// The one list of a build's steps (scripts/build/steps.ts) that npm run build, the tests and the benchmark run.
import { describe, expect, it } from 'vitest';
import { ASTRO_BUILD_ENV, buildSteps } from '../../../scripts/build/steps';

describe('the build steps', () => {
  it('check the content, then astro build, then the files made from the built site', () => {
    expect(buildSteps().map((s) => `${s.bin} ${s.args.join(' ')}`)).toEqual(['tsx scripts/check/main.ts', 'astro build', 'tsx scripts/after-build/main.ts']);
  });

  it('hand the output folder to the after-build step when given one', () => {
    expect(buildSteps('/x/dist').at(-1)!.args).toEqual(['scripts/after-build/main.ts', '/x/dist']);
  });

  it('give astro build’s process its allocator settings, and no other step any', () => {
    const steps = buildSteps();
    expect(steps.find((s) => s.bin === 'astro')!.env).toEqual(ASTRO_BUILD_ENV);
    expect(ASTRO_BUILD_ENV).toEqual({ MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' });
    expect(steps.filter((s) => s.bin !== 'astro').every((s) => Object.keys(s.env).length === 0)).toBe(true);
  });
});
