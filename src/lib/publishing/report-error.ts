// Where "report an error" leads, prefilled with the record it is about, so a producer or reader can send
// a correction with its source in a minute:
// - site.json `repository` (GitHub "owner/name"): the issue form .github/ISSUE_TEMPLATE/bao-loi.yml,
//   its fields filled through the URL (GitHub fills a form field from the query parameter of its id);
// - else a `reportErrorUrl` that is a mailto: address: an e-mail with subject and body written out;
// - else a `reportErrorUrl` web form, as it is (it cannot be prefilled without knowing the form);
// - else nothing: no link is shown.
import type { SiteConfig } from '../content/schema';

/** The issue form's file name in .github/ISSUE_TEMPLATE/ and the ids of its fields. */
export const ISSUE_TEMPLATE = 'bao-loi.yml';
export const ISSUE_FIELDS = { record: 'record', url: 'url', fields: 'fields' } as const;

export interface ReportedRecord {
  /** "products/tieu-tien-phuoc": collection folder and id, as in content/. */
  ref: string;
  name: string;
  /** The full address of the record's page. */
  url: string;
  /** The record's data; plain values are listed in the report (see recordFields). */
  data: Record<string, unknown>;
}

export interface ReportTexts {
  title: (name: string) => string;
  record: string;
  page: string;
  current: string;
  correction: string;
  source: string;
  contact: string;
}

// Long texts would make the address too long for some mail programs, and are not facts to check.
const LEFT_OUT = /^(?:slug|formerSlugs|id|description|descriptionEn|english|translation|intro|introEn|body|images|products|salesPoints|whereToBuy|formerNames|contacts)$/;

function plain(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string') return o.id;
    if (typeof o.lat === 'number' && typeof o.lon === 'number') return `${o.lat}, ${o.lon}`;
  }
  return undefined;
}

function certificateLine(c: Record<string, unknown>): string {
  const when = c.date ?? c.year ?? (c.dateUnknown ? '?' : undefined);
  return [`${c.stars}★`, c.level, c.decision, when, c.revoked ? 'revoked' : undefined].filter((x) => x !== undefined && x !== '').join(' ');
}

/** "key: value" lines of a record's facts: plain fields, each certificate, each source address. */
export function recordFields(data: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (LEFT_OUT.test(key) || value === undefined || value === null) continue;
    if (key === 'certificates' && Array.isArray(value)) {
      for (const c of value) if (c && typeof c === 'object') lines.push(`certificate: ${certificateLine(c as Record<string, unknown>)}`);
    } else if (key === 'sources' && Array.isArray(value)) {
      for (const s of value) if (s && typeof s === 'object' && typeof (s as { url?: unknown }).url === 'string') lines.push(`source: ${(s as { url: string }).url}`);
    } else {
      const text = plain(value);
      if (text !== undefined && text !== '') lines.push(`${key}: ${text}`);
    }
  }
  return lines.join('\n');
}

/** The prefilled report address for a record, or for the site as a whole without one; undefined when no channel is configured. */
export function reportErrorHref(site: Pick<SiteConfig, 'repository' | 'reportErrorUrl'>, texts: ReportTexts, record?: ReportedRecord): string | undefined {
  if (site.repository) {
    const url = new URL(`https://github.com/${site.repository}/issues/new`);
    url.searchParams.set('template', ISSUE_TEMPLATE);
    if (record) {
      url.searchParams.set('title', texts.title(record.name));
      url.searchParams.set(ISSUE_FIELDS.record, record.ref);
      url.searchParams.set(ISSUE_FIELDS.url, record.url);
      url.searchParams.set(ISSUE_FIELDS.fields, recordFields(record.data));
    }
    return url.href;
  }
  const link = site.reportErrorUrl;
  if (!link || !record || !link.startsWith('mailto:')) return link;
  const body = [
    `${texts.record}: ${record.ref}`,
    `${texts.page}: ${record.url}`,
    '',
    `${texts.current}:`,
    recordFields(record.data),
    '',
    `${texts.correction}:`,
    '',
    '',
    `${texts.source}:`,
    '',
    '',
    `${texts.contact}:`,
    '',
  ].join('\n');
  const [address, query] = link.split('?');
  const params = [`subject=${encodeURIComponent(texts.title(record.name))}`, `body=${encodeURIComponent(body)}`];
  return `${address}?${[query, ...params].filter(Boolean).join('&')}`;
}
