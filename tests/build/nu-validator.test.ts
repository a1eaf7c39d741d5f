// HTML validity, second opinion: the W3C Nu HTML Checker (the `vnu-jar` package's vnu.jar, run with
// the machine's Java, `java` on PATH or JAVA_HOME) on one page of every route pattern of the build
// (tests/helpers/route-patterns.ts), in both languages, on both test sites: 0 errors. It catches what html-validate does not, e.g. a <script>
// after </html> ("stray start tag") or a skipped heading level. One Java process checks all pages.
//
// The package's install script (which would download a Java runtime) is not run. Without Java the
// checker is skipped, saying so (tests/helpers/java.ts); .ci/run installs Debian's
// default-jre-headless when Java is missing, so CI always runs it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { findJava, NU_SKIPPED_NOTE } from '../helpers/java';
import { representativePages } from '../helpers/route-patterns';
import { FIXTURE, REAL } from '../helpers/sites';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));

const JAVA = findJava();
if (!JAVA) console.warn(NU_SKIPPED_NOTE);

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Checks the files in one run; returns the error messages per file path (or the checker's own URL for anything else). */
function nuErrors(files: string[]): Map<string, NuMessage[]> {
  let output: string;
  try {
    output = execFileSync(JAVA!, ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--errors-only', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; code?: string; message: string };
    if (e.code === 'ENOENT') throw new Error(`Java not found: the Nu HTML checker needs a Java runtime (apt-get install -y default-jre-headless, or set JAVA_HOME).`);
    if (!e.stdout) throw new Error(`the Nu HTML checker failed: ${e.message}`);
    output = e.stdout; // exit status 1 when there are errors
  }
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  const out = new Map<string, NuMessage[]>();
  for (const m of messages) {
    if (m.type === 'info') continue;
    // The checker names a file "file:/path" (one slash): compared as a path, not as a URL string.
    const key = m.url?.startsWith('file:') ? path.resolve(fileURLToPath(m.url)) : (m.url ?? '(none)');
    out.set(key, [...(out.get(key) ?? []), m]);
  }
  return out;
}

describe.runIf(!JAVA)('Nu HTML checker', () => {
  it.skip(NU_SKIPPED_NOTE, () => {});
});

for (const site of [REAL, FIXTURE]) {
  describe.runIf(JAVA)(`Nu HTML checker: ${site.name}`, () => {
    const pages = representativePages(site.outDir);
    let errors = new Map<string, NuMessage[]>();
    beforeAll(() => {
      errors = nuErrors(pages.map((r) => r.page.file));
    }, 240_000);

    for (const rep of pages) {
      const { file, url } = rep.page;
      it(rep.name, () => {
        const list = errors.get(path.resolve(file)) ?? [];
        const text = list.map((m) => `  line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 120)}]` : ''}`).join('\n');
        expect(list.length, `${list.length} Nu checker error(s) in ${url}:\n${text}\n`).toBe(0);
      });
    }

    it('reports no error outside the pages (unreadable files, crashes)', () => {
      const checked = new Set(pages.map((r) => path.resolve(r.page.file)));
      expect([...errors.keys()].filter((k) => !checked.has(k))).toEqual([]);
    });
  });
}
