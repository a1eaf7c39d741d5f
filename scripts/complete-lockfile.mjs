#!/usr/bin/env node
// Adds to package-lock.json the platform packages (other operating systems' and CPUs'
// builds of rollup, Tailwind's oxide, Pagefind…) that npm left out because the registry
// it resolved against did not carry that exact version. `npm ci` refuses a lockfile whose
// packages name optional dependencies it does not list ("Missing: … from lock file"),
// on every machine. Each added entry records the version the parent asks for and the
// os/cpu/libc of that package (read from the nearest version the registry has), so npm
// skips it on other platforms and installs it where it fits.
//
// Usage: node scripts/complete-lockfile.mjs   (after every `npm install` that changes the lockfile)
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const LOCKFILE = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
const packages = lock.packages;

function installedLocation(parentPath, name) {
  // Node's resolution from the parent's folder up to the root.
  let base = parentPath;
  while (true) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

function platformFields(name, version) {
  const view = (spec) => {
    try {
      const out = execFileSync('npm', ['view', spec, 'os', 'cpu', 'libc', 'version', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const parsed = out.trim() ? JSON.parse(out) : undefined;
      return Array.isArray(parsed) ? parsed.at(-1) : parsed;
    } catch {
      return undefined;
    }
  };
  const meta = view(`${name}@${version}`) ?? view(name);
  if (!meta) throw new Error(`${name}: the registry has no version of it; cannot tell its platform`);
  const fields = {};
  for (const key of ['cpu', 'libc', 'os']) {
    if (meta[key]) fields[key] = Array.isArray(meta[key]) ? meta[key] : [meta[key]];
  }
  return fields;
}

const added = [];
for (const [path, entry] of Object.entries(packages)) {
  if (!path || !entry.optionalDependencies) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    if (installedLocation(path, name)) continue;
    const location = `node_modules/${name}`;
    if (packages[location]) continue;
    packages[location] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platformFields(name, version),
    };
    added.push(`${name}@${version}`);
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
const temporary = new URL('../package-lock.json.tmp', import.meta.url);
writeFileSync(temporary, `${JSON.stringify(lock, null, 2)}\n`);
renameSync(temporary, LOCKFILE);
console.log(added.length ? `Added ${added.length} platform packages:\n  ${added.join('\n  ')}` : 'Lockfile already complete.');
