// The content editor's preview of a product or producer: what the record says, in words, with names
// where the file holds slugs (producer, district, product set, level), dates as dd/mm/yyyy, and its
// sources. Decap's default preview lists raw values ("cong-ty-tnhh-son-tien", "province").
import { certificateText, dateText, nameOf, type EditorNames } from '../../lib/cms/display';
import { displayName } from '../../lib/content/names';
import { decapGlobals, isImmutable, type Component, type Instance } from './decap';

type Data = Record<string, unknown>;
type H = ReturnType<typeof decapGlobals>['h'];

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const list = (v: unknown): Data[] => (Array.isArray(v) ? v.filter((x): x is Data => typeof x === 'object' && x !== null) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : []);

/** A row of facts: label and value, left out when there is no value. */
function facts(h: H, rows: [string, string | undefined][]) {
  const shown = rows.filter(([, v]) => v);
  return shown.length ? h('dl', null, ...shown.flatMap(([label, value]) => [h('dt', { key: `t${label}` }, label), h('dd', { key: `d${label}` }, value)])) : null;
}

function body(h: H, data: Data) {
  const paragraphs = (text(data.body) ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return [h('h2', { key: 'bh' }, 'Mô tả'), paragraphs.length ? paragraphs.map((p, i) => h('p', { key: `b${i}` }, p)) : h('p', { key: 'b', className: 'empty' }, 'Chưa có mô tả.')];
}

function sources(h: H, data: Data) {
  const items = list(data.sources);
  return [
    h('h2', { key: 'sh' }, 'Nguồn'),
    items.length
      ? h(
          'ol',
          { key: 'sl' },
          items.map((s, i) =>
            h('li', { key: i }, text(s.url) ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, text(s.title) ?? s.url) : (text(s.title) ?? '(chưa có địa chỉ)'), dateText(s.date) ? ` (${dateText(s.date)})` : ''),
          ),
        )
      : h('p', { key: 'sn', className: 'empty' }, 'Chưa có nguồn: bản ghi cần ít nhất một nguồn.'),
  ];
}

const dataOf = (props: Instance['props']): Data => {
  const raw = (props.entry as { getIn(p: string[]): unknown }).getIn(['data']);
  return (isImmutable(raw) ? raw.toJS() : {}) as Data;
};

export function previewTemplates(names: EditorNames): { products: Component; producers: Component } {
  const { createClass, h } = decapGlobals();
  const products = createClass({
    displayName: 'OcopProductPreview',
    render(this: Instance) {
      const d = dataOf(this.props);
      const certificates = list(d.certificates);
      const where = (d.whereToBuy ?? {}) as Data;
      const places = strings(where.salesPoints).map((s) => nameOf(names.salesPoints, s)!);
      const online = list(where.online);
      return h(
        'article',
        null,
        h('h1', null, displayName(text(d.name) ?? 'Sản phẩm chưa có tên')),
        text(d.nameEn) ? h('p', { className: 'en' }, d.nameEn) : null,
        facts(h, [
          ['Chủ thể', nameOf(names.producers, d.producer) ?? 'Nguồn không nêu chủ thể'],
          ['Địa phương', nameOf(names.districts, d.district)],
          ['Xã, phường, thị trấn', text(d.commune)],
          ['Bộ sản phẩm', nameOf(names.productSets, d.productSet)],
        ]),
        h('h2', null, 'Chứng nhận OCOP'),
        certificates.length ? h('ul', null, certificates.map((c, i) => h('li', { key: i }, certificateText(c)))) : h('p', { className: 'empty' }, 'Chưa có chứng nhận nào.'),
        places.length || online.length ? h('h2', null, 'Nơi mua') : null,
        places.length ? h('p', null, places.join(', ')) : null,
        online.length ? h('ul', null, online.map((o, i) => h('li', { key: i }, h('a', { href: o.url, target: '_blank', rel: 'noopener noreferrer' }, text(o.label) ?? o.url)))) : null,
        ...body(h, d),
        ...sources(h, d),
      );
    },
  });
  const producers = createClass({
    displayName: 'OcopProducerPreview',
    render(this: Instance) {
      const d = dataOf(this.props);
      const contacts = (d.contacts ?? {}) as Data;
      return h(
        'article',
        null,
        h('h1', null, displayName(text(d.name) ?? 'Chủ thể chưa có tên')),
        facts(h, [
          ['Loại hình', text(d.legalForm)],
          ['Địa phương', nameOf(names.districts, d.district)],
          ['Xã, phường, thị trấn', text(d.commune)],
          ['Địa chỉ', text(d.address)],
          ['Tên cũ', list(d.formerNames).map((f) => text(f.name)).filter(Boolean).join('; ') || undefined],
          ['Điện thoại', strings(contacts.phone).join(', ') || undefined],
          ['Thư điện tử', text(contacts.email)],
          ['Trang web', text(contacts.website)],
          ['Hệ thống chất lượng', strings(d.qualitySystems).join(', ') || undefined],
        ]),
        ...body(h, d),
        ...sources(h, d),
      );
    },
  });
  return { products, producers };
}

export const PREVIEW_STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1f2933; margin: 0; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.1rem; margin: 24px 0 8px; }
.en { color: #52606d; font-style: italic; margin: 0 0 12px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
dt { color: #52606d; }
dd { margin: 0; }
.empty { color: #8a4b08; }
a { color: #0b5cad; }
`;
