// HTML validity: html-validate (config: .htmlvalidate.json, html-validate:recommended) on one page
// of every route pattern of the build, in both languages, on both test sites: 0 errors. The patterns
// come from the built pages themselves (tests/helpers/route-patterns.ts), so a new kind of page is
// checked as soon as it is built.
//
// .htmlvalidate.json cannot hold comments, so its deviations from the recommended rules are
// explained here; nothing else is relaxed:
// - tel-non-breaking accepts `white-space: nowrap` only as an inline style attribute, which the
//   Content-Security-Policy (style-src 'self') forbids; Tailwind's whitespace-nowrap class on the
//   tel: link does the same from the stylesheet, so the rule is told to accept that class.
// - long-title (at most 70 characters) is off: a title is a record's name from the content plus
//   the site's name, and official product names are long, so the limit would fail builds over
//   content rather than code (search engines merely shorten a long title).
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { representativePages } from '../helpers/route-patterns';
import { FIXTURE, REAL, ROOT } from '../helpers/sites';

// The project's configuration, passed explicitly: the built files live outside the source tree,
// where html-validate's own lookup of .htmlvalidate.json would not find it.
const config = JSON.parse(fs.readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const htmlvalidate = new HtmlValidate(config);

const describeMessage = (m: Message) => `  ${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;

for (const site of [REAL, FIXTURE]) {
  describe(`HTML validity: ${site.name}`, () => {
    for (const rep of representativePages(site.outDir)) {
      const { file, url } = rep.page;
      it(rep.name, async () => {
        const report = await htmlvalidate.validateString(fs.readFileSync(file, 'utf8'), file);
        const messages = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
        expect(messages.length, `${messages.length} HTML error(s) in ${url} (${file}):\n${messages.map(describeMessage).join('\n')}\n`).toBe(0);
      });
    }
  });
}
