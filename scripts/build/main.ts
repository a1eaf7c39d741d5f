// npm run build: the steps of scripts/build/steps.ts one after another in this project, each in a
// process of its own (its memory is given back before the next starts), stopping at the first that fails.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildSteps } from './steps.ts';

for (const step of buildSteps()) {
  const result = spawnSync(path.resolve('node_modules/.bin', step.bin), step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}
