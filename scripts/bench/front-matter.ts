// Writes YAML front matter the way an editor would (block style, bare dates), so the benchmark
// parses the same kind of files as the real content. Strings go out as JSON strings, which are
// valid double-quoted YAML scalars and can never be misread as numbers, dates or booleans.

type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

function scalar(v: string | number | boolean): string {
  if (typeof v === 'string') return BARE_DATE.test(v) ? v : JSON.stringify(v);
  return String(v);
}

const isScalar = (v: Value): v is string | number | boolean => typeof v !== 'object';

function lines(obj: { [key: string]: Value }, indent: string): string[] {
  const out: string[] = [];
  for (const [key, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (isScalar(v)) out.push(`${indent}${key}: ${scalar(v)}`);
    else if (Array.isArray(v)) {
      if (v.every(isScalar)) out.push(`${indent}${key}: [${v.map((x) => scalar(x as string)).join(', ')}]`);
      else {
        out.push(`${indent}${key}:`);
        for (const item of v) {
          const [first, ...rest] = lines(item as { [key: string]: Value }, `${indent}    `);
          out.push(`${indent}  - ${first!.trimStart()}`, ...rest);
        }
      }
    } else {
      out.push(`${indent}${key}:`, ...lines(v, `${indent}  `));
    }
  }
  return out;
}

/** A Markdown file: front matter, then the body. */
export function markdownFile(data: object, body: string): string {
  return `---\n${lines(data as { [key: string]: Value }, '').join('\n')}\n---\n${body ? `${body}\n` : ''}`;
}
