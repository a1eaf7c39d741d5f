// The content editor's file format (Decap CMS custom format "ocop-frontmatter"): the same YAML front
// matter as Decap's own "frontmatter" format, read and written the same way (gray-matter's rules for
// the "---" block and the body, Decap's YAML library), plus one line that is read and never written:
// the record's producer and district by name, for the editor's lists (./display.ts listContext).
// tests/unit/cms/cms-front-matter.test.ts compares it with Decap's own format on every content file.
import { LIST_CONTEXT_FIELD, listContext, type EditorNames } from './display';

/** Decap's YAML reading and writing (decap-cms-core/src/formats/yaml.ts), handed in by the caller. */
export interface YamlCodec {
  fromFile(text: string): unknown;
  toFile(data: object, sortedKeys?: string[], comments?: Record<string, string>): string;
}

const OPEN = '---';
const CLOSE = '\n---';

/** The front matter and body of a file, split as gray-matter splits them. */
export function splitFrontMatter(content: string): { matter?: string; body: string } {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (!text.startsWith(OPEN) || text.charAt(OPEN.length) === '-') return { body: text };
  let rest = text.slice(OPEN.length);
  // "---yaml" names the language (gray-matter's reading, to the first line break); only YAML is written here.
  const language = rest.slice(0, rest.search(/\r?\n/));
  if (language.trim()) rest = rest.slice(language.length);
  const close = rest.indexOf(CLOSE);
  if (close === -1) return { matter: rest, body: '' };
  let body = rest.slice(close + CLOSE.length);
  if (body[0] === '\r') body = body.slice(1);
  if (body[0] === '\n') body = body.slice(1);
  return { matter: rest.slice(0, close), body };
}

const newline = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);

export function frontMatterFormat(yaml: YamlCodec, names: EditorNames) {
  return {
    fromFile(content: string): Record<string, unknown> {
      const { matter, body } = splitFrontMatter(content);
      const block = matter?.replace(/^\s*#[^\n]+/gm, '').trim();
      const data = (block ? (yaml.fromFile(matter!) as Record<string, unknown>) : {}) ?? {};
      const entry: Record<string, unknown> = { ...data, ...(body.trim() ? { body } : {}) };
      return { ...entry, [LIST_CONTEXT_FIELD]: listContext(entry, names) };
    },
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string {
      const { body = '', [LIST_CONTEXT_FIELD]: _context, ...meta } = data as { body?: string } & Record<string, unknown>;
      const matter = yaml.toFile(meta, sortedKeys, comments).trim();
      const file = (matter !== '{}' ? `${OPEN}\n${newline(matter)}${OPEN}\n` : '') + newline(body);
      // As Decap does: no line break is added after a body that does not end with one.
      return !body.endsWith('\n') && file.endsWith('\n') ? file.slice(0, -1) : file;
    },
  };
}
