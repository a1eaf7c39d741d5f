// The supplier directory's filters. The same functions decide at build time (the per-group pages)
// and in the browser (src/browser/supplier-filter.ts reads the facts back from data-* attributes).
import type { Catalogue, Producer } from '../content/catalogue';
import { byName } from '../content/catalogue';

/** What the filters look at, in a form that survives a round trip through data-* attributes. */
export interface SupplierFacts {
  groups: string[];
  district: string;
  legalForm: string;
  qualitySystems: string[];
  /** Highest star among products in force; 0 when none is in force. */
  topStars: number;
}

export interface SupplierFilter {
  group?: string;
  district?: string;
  legalForm?: string;
  qualitySystem?: string;
  /** Keep producers whose highest star is at least this. */
  minStars?: number;
}

/** The filter fields, as named in the form and in the page address (?district=…). */
export const FILTER_FIELDS = ['group', 'district', 'legalForm', 'qualitySystem', 'minStars'] as const;

/** Whether a source gives any way to reach the producer: a phone, an email, a website or a social page. */
export function hasContacts(p: Pick<Producer, 'contacts'>): boolean {
  const c = p.contacts ?? {};
  return (c.phone?.length ?? 0) > 0 || Boolean(c.email) || Boolean(c.website) || (c.social?.length ?? 0) > 0;
}

export function supplierFacts(p: Producer): SupplierFacts {
  return {
    groups: p.groups.map((g) => g.id),
    district: p.district.id,
    legalForm: p.legalForm,
    qualitySystems: [...(p.qualitySystems ?? [])],
    topStars: p.topStars ?? 0,
  };
}

export function matchesSupplier(f: SupplierFacts, filter: SupplierFilter): boolean {
  if (filter.group && !f.groups.includes(filter.group)) return false;
  if (filter.district && f.district !== filter.district) return false;
  if (filter.legalForm && f.legalForm !== filter.legalForm) return false;
  if (filter.qualitySystem && !f.qualitySystems.includes(filter.qualitySystem)) return false;
  if (filter.minStars && f.topStars < filter.minStars) return false;
  return true;
}

/** Best rated first, so a buyer sees the 5-star producers before the rest; then by name. */
export function suppliersFor(c: Catalogue, filter: SupplierFilter = {}): Producer[] {
  return c.producers
    .filter((p) => matchesSupplier(supplierFacts(p), filter))
    .sort((a, b) => (b.topStars ?? 0) - (a.topStars ?? 0) || byName(a, b));
}

// Quality systems and legal forms contain spaces ("ISO 22000"), so lists are joined with "|".
const SEPARATOR = '|';

export function supplierDataAttributes(f: SupplierFacts): Record<string, string> {
  return {
    'data-groups': f.groups.join(SEPARATOR),
    'data-district': f.district,
    'data-legal-form': f.legalForm,
    'data-quality-systems': f.qualitySystems.join(SEPARATOR),
    'data-top-stars': String(f.topStars),
  };
}

/** The inverse of supplierDataAttributes, from an element's `dataset`. */
export function readSupplierDataset(ds: Record<string, string | undefined>): SupplierFacts {
  const split = (v?: string) => (v ? v.split(SEPARATOR) : []);
  return {
    groups: split(ds.groups),
    district: ds.district ?? '',
    legalForm: ds.legalForm ?? '',
    qualitySystems: split(ds.qualitySystems),
    topStars: Number(ds.topStars) || 0,
  };
}

/** Reads a filter from form values or the page address; unknown or empty values are ignored. */
export function parseFilter(params: URLSearchParams): SupplierFilter {
  const filter: SupplierFilter = {};
  for (const field of FILTER_FIELDS) {
    const value = params.get(field)?.trim();
    if (!value) continue;
    if (field === 'minStars') {
      const n = Number(value);
      if ([3, 4, 5].includes(n)) filter.minStars = n;
    } else {
      filter[field] = value;
    }
  }
  return filter;
}

export function filterToParams(filter: SupplierFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filter[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  return params;
}

export interface SupplierOptions {
  districts: { id: string; name: string }[];
  legalForms: string[];
  qualitySystems: string[];
  stars: number[];
}

/** Only values some listed producer has, so no choice leads to an empty list on its own. */
export function supplierOptions(producers: readonly Producer[], order: { legalForms: readonly string[]; qualitySystems: readonly string[] }): SupplierOptions {
  const districts = new Map(producers.map((p) => [p.district.id, p.district]));
  const forms = new Set(producers.map((p) => p.legalForm as string));
  const systems = new Set(producers.flatMap((p) => p.qualitySystems ?? []) as string[]);
  const top = Math.max(0, ...producers.map((p) => p.topStars ?? 0));
  return {
    districts: [...districts.values()].sort(byName).map((d) => ({ id: d.id, name: d.name })),
    legalForms: order.legalForms.filter((f) => forms.has(f)),
    qualitySystems: order.qualitySystems.filter((q) => systems.has(q)),
    stars: [3, 4, 5].filter((n) => n <= top),
  };
}

/** The host of a web address, as a short visible label. */
export function displayHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
