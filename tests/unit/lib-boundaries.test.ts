// src/lib/ is domain logic in plain TypeScript (issue 29): no file under it imports the site's
// texts (src/i18n/), components, views or Astro's virtual modules; texts are passed in. Zod comes
// through astro/zod, a plain package entry, which is allowed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve(import.meta.dirname, '../../src/lib');
const FORBIDDEN = [/(^|\/)i18n(\/|$)/, /(^|\/)components(\/|$)/, /(^|\/)views(\/|$)/, /(^|\/)layouts(\/|$)/, /^astro:/];

function libFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? libFiles(p) : /\.(ts|mts|js)$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier of a file: static imports and exports, dynamic imports. */
export function specifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:^|[^.\w])(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^.\w])import\s*\(?\s*['"]([^'"]+)['"]/g)) out.push((m[1] ?? m[2])!);
  return out;
}

describe('src/lib imports', () => {
  const files = libFiles(LIB);

  it('finds the files and their imports (so the rule below cannot pass on nothing)', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(specifiers("import { z } from 'astro/zod';\nimport type { X } from '../../i18n';\nconst y = await import('astro:content');")).toEqual(['astro/zod', '../../i18n', 'astro:content']);
  });

  it('imports nothing from src/i18n, src/components, src/views, src/layouts or astro:*', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(fs.readFileSync(file, 'utf8'))) {
        const target = spec.startsWith('.') ? path.relative(path.resolve(LIB, '..'), path.resolve(path.dirname(file), spec)) : spec;
        if (FORBIDDEN.some((re) => re.test(target))) wrong.push(`${path.relative(LIB, file)}: ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps every module in a domain folder (the folder is the map)', () => {
    const loose = fs.readdirSync(LIB, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => e.name);
    expect(loose).toEqual([]);
    for (const dir of fs.readdirSync(LIB, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'cms')) {
      expect(fs.existsSync(path.join(LIB, dir.name, 'README.md')), `${dir.name}/README.md`).toBe(true);
    }
  });
});
