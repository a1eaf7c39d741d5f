// npm run check [-- --lang en] — validates the whole content folder without building and reports every
// problem, in Vietnamese (the editors' language) unless --lang en. Exit code 1 when there is any
// error; warnings are printed but do not fail; 2 for an unknown option.
import { contentDir } from '../../src/lib/content/content-layout.ts';
import { problemVi } from '../../src/lib/content/messages-vi.ts';
import { formatProblem, type Problem } from '../../src/lib/content/validate.ts';
import { checkContentFolder } from './check-content.ts';
import { parseLang } from '../shared/lang.ts';

const lang = parseLang(process.argv.slice(2));
if (typeof lang !== 'string') {
  console.error(lang.error);
  process.exit(2);
}
const vi = lang === 'vi';
const show = (p: Problem) => (vi ? problemVi(p) : formatProblem(p));
const root = contentDir();
const { errors, warnings } = await checkContentFolder(root);
for (const w of warnings) console.warn(`${vi ? 'cảnh báo' : 'warning'}: ${show(w)}`);
for (const e of errors) console.error(`${vi ? 'lỗi' : 'error'}: ${show(e)}`);
if (errors.length > 0) {
  console.error(
    vi
      ? `\n${errors.length} lỗi trong ${root}. Sửa rồi chạy lại npm run check (xem content/README.md).`
      : `\n${errors.length} error(s) in ${root}. Fix them and run npm run check again (see content/README.md).`,
  );
  process.exit(1);
}
const warned = warnings.length ? (vi ? ` (${warnings.length} cảnh báo)` : ` (${warnings.length} warning(s))`) : '';
console.log(vi ? `nội dung hợp lệ: ${root}${warned}` : `content OK: ${root}${warned}`);
