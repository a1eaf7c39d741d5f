// The content editor's own script (/admin/editor.js, loaded after decap-cms.js; bundled by
// scripts/cms): what Decap CMS does not do by itself for this catalogue.
//   - refuses to save what `npm run check` refuses, with the check's message in Vietnamese at the
//     field (./validated-widgets.ts), and leaves emptied optional fields out of the file;
//   - speaks Vietnamese throughout (Decap's 'vi' completed: src/lib/cms/locale-vi.ts);
//   - dates typed dd/mm/yyyy (./date-widget.ts);
//   - names instead of slugs in previews (./preview.ts) and lists (src/lib/cms/front-matter.ts).
// The names behind slugs and the site's time zone come from the page (scripts/cms/admin-files.ts).
import yaml from 'decap-cms-core/src/formats/yaml';
import { DATE_WIDGET, ENTRY_FORMAT } from '../../lib/cms/config';
import { LIST_CONTEXT_FIELD, type EditorPageData } from '../../lib/cms/display';
import { frontMatterFormat } from '../../lib/cms/front-matter';
import { mergePhrases, VI_PHRASES, type Phrases } from '../../lib/cms/locale-vi';
import { cleanEntryWithPaths, editorProblems } from '../../lib/cms/validation';
import { dateIn } from '../../lib/certificates/dates';
import { dateWidget } from './date-widget';
import { decapGlobals, type Immutable } from './decap';
import { PREVIEW_STYLE, previewTemplates } from './preview';
import { validated, type ValidationContext } from './validated-widgets';

const DATA_ID = 'ocop-editor-data';
/** Decap's widgets this catalogue's forms use (src/lib/cms/config.ts), each wrapped for validation. */
const WIDGETS = ['string', 'text', 'number', 'boolean', 'select', 'relation', 'list', 'object'];

const { CMS } = decapGlobals();
const page = JSON.parse(document.getElementById(DATA_ID)?.textContent ?? 'null') as EditorPageData | null;
if (!page) throw new Error(`editor.js: the page has no #${DATA_ID} data block`);
const context: ValidationContext = {
  timeZone: page.timeZone,
  known: {
    districts: Object.keys(page.names.districts),
    productSets: Object.keys(page.names.productSets),
    salesPoints: Object.keys(page.names.salesPoints),
    formerCommunes: page.formerCommunes,
  },
};

CMS.registerLocale('vi', mergePhrases((CMS.getLocale('vi') ?? {}) as Phrases, VI_PHRASES));

for (const name of WIDGETS) {
  const widget = CMS.getWidget(name);
  if (!widget) throw new Error(`editor.js: Decap CMS has no "${name}" widget`);
  CMS.registerWidget(name, validated(name, widget.control, context), widget.preview, widget.schema);
}
const date = dateWidget();
CMS.registerWidget(DATE_WIDGET, validated(DATE_WIDGET, date.control, context), date.preview);

CMS.registerCustomFormat(ENTRY_FORMAT, 'md', frontMatterFormat(yaml, page.names));

const previews = previewTemplates(page.names);
CMS.registerPreviewTemplate('products', previews.products);
CMS.registerPreviewTemplate('producers', previews.producers);
CMS.registerPreviewStyle(PREVIEW_STYLE, { raw: true });

// Before every save: leave emptied fields out (as the validation judged the entry), and, should
// anything have got past the fields' validation, refuse the save rather than write what the check
// refuses (Decap then says "Không lưu được: …").
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection');
    if (collection !== 'products' && collection !== 'producers') return undefined;
    let data = entry.get('data') as Immutable;
    const plain = data.toJS() as Record<string, unknown>;
    delete plain[LIST_CONTEXT_FIELD];
    const { data: written, removed } = cleanEntryWithPaths(plain, collection);
    for (const path of removed) data = data.deleteIn(path);
    const slug = entry.get('slug');
    const problems = editorProblems({ collection, data: written, slug: typeof slug === 'string' && slug ? slug : undefined }, dateIn(context.timeZone, new Date()), context.known);
    if (problems.length) throw new Error(problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '));
    return data;
  },
});
