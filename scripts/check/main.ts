// npm run check — validates the whole content folder without building and reports every problem.
// Exit code 1 when there is any error; warnings are printed but do not fail.
import { contentDir } from '../../src/lib/content-layout.ts';
import { formatProblem } from '../../src/lib/validate.ts';
import { checkContentFolder } from './check-content.ts';

const root = contentDir();
const { errors, warnings } = await checkContentFolder(root);
for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
for (const e of errors) console.error(`error: ${formatProblem(e)}`);
if (errors.length > 0) {
  console.error(`\n${errors.length} error(s) in ${root}. Fix them and run npm run check again (see content/README.md).`);
  process.exit(1);
}
console.log(`content OK: ${root}${warnings.length ? ` (${warnings.length} warning(s))` : ''}`);
