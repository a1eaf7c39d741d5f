// The list import run in-process on a content folder, and a fingerprint of a folder, for the
// import tests (CSV and Excel): a second run must leave every file as it was.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../scripts/import/main';
import { ROOT } from './sites';

/** The "today" of every import test. */
export const IMPORT_TODAY = '2026-11-23';

/** Runs the import in English (its messages are Vietnamese by default) unless the arguments give --lang. */
export async function runImport(content: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const withLang = args.some((a) => a === '--lang' || a.startsWith('--lang=')) ? args : [...args, '--lang', 'en'];
  const code = await main(withLang, {
    env: { CONTENT_DIR: content, BUILD_DATE: IMPORT_TODAY },
    cwd: ROOT,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Each file's SHA-256 under a folder, by relative path. */
export function hashes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return result;
}
