// The English texts of the content keep every number of their Vietnamese text and add none (issue 25):
// years, stars, scores, quantities, decision numbers, dates (29/12/2022 = 29 December 2022), with
// decimal and thousands separators rewritten as English writes them, small numbers as words.
// `npm run translations -- --check-numbers` prints the same comparison for translators.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/shared/read-content';
import { compareNumbers, describeNumberMismatch } from '../../../src/lib/content/translation-numbers';
import { isJsonTranslated, isMarkdownTranslated, JSON_TRANSLATED } from '../../../src/lib/content/translation';
import { SITES } from '../../helpers/sites';

/** Every English text of a content folder beside the Vietnamese text it translates. */
function translations(contentDir: string): { where: string; vi: string; en: string }[] {
  const out: { where: string; vi: string; en: string }[] = [];
  for (const r of readContent(contentDir)) {
    if (r.parseError || !r.data || typeof r.data !== 'object') continue;
    const data = r.data as Record<string, unknown>;
    if (isMarkdownTranslated(r.collection)) {
      const en = (data.english as { description?: unknown } | undefined)?.description;
      if (typeof en === 'string') out.push({ where: `${r.file}: english.description`, vi: r.body ?? '', en });
    } else if (isJsonTranslated(r.collection)) {
      for (const f of JSON_TRANSLATED[r.collection]) {
        const [vi, en] = [data[f.vi], data[f.en]];
        if (typeof vi === 'string' && typeof en === 'string') out.push({ where: `${r.file}: ${f.en}`, vi, en });
      }
    }
  }
  return out;
}

describe.each(SITES)('numbers of the English texts of $name', (site) => {
  it('are the numbers of their Vietnamese texts', () => {
    const texts = translations(site.contentDir);
    expect(texts.length, 'English texts in the content').toBeGreaterThan(0);
    const mismatches = texts.flatMap((t) => {
      const problem = describeNumberMismatch(compareNumbers(t.vi, t.en));
      return problem ? [`${t.where}: ${problem}`] : [];
    });
    expect(mismatches).toEqual([]);
  });
});
