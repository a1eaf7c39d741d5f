// The single truth for content shapes. Astro's collections (src/content.config.ts) and the
// scripts (check, import, exports) import these schemas; nothing else defines a content field.
import { z } from 'astro/zod';
import { isIsoDate, normaliseDateInput } from '../certificates/dates';
import { isSlug } from './slug';

/** A calendar date written YYYY-MM-DD (YAML may hand us a Date object: it is turned back into that form). */
export const isoDate = z.preprocess(
  normaliseDateInput,
  z.string({ error: 'expected a date written YYYY-MM-DD' }).refine(isIsoDate, {
    message: 'expected a real calendar date written YYYY-MM-DD',
  }),
);

/** The identifier of another record: lowercase ASCII letters, digits and hyphens. */
export const slugRef = z.string().refine(isSlug, { message: 'expected a slug (a-z, 0-9 and hyphens), e.g. "tam-ky"' });

// One check, so a bad address gives one message (.url() and a scheme refine both fired on "example.org/x").
const httpUrl = z
  .string({ error: (issue) => (issue.input === undefined ? 'a URL is required' : 'expected a full web address starting with http:// or https://') })
  .refine((u) => /^https?:\/\//.test(u) && URL.canParse(u), { message: 'expected a full web address starting with http:// or https://' });

const text = z.string().trim().min(1, { message: 'must not be empty' });

// ---------------------------------------------------------------- English text (translations)

/** First 8 hex digits of the SHA-256 of the Vietnamese text a translation was made from (src/lib/content/translation.ts). */
const digest = z
  .string({ error: 'expected 8 hex digits written by npm run translations -- --stamp (never typed by hand)' })
  .regex(/^[0-9a-f]{8}$/, { message: 'expected 8 hex digits written by npm run translations -- --stamp (never typed by hand)' });

/**
 * The English text of a product or producer: a faithful translation of its Markdown body (the
 * Vietnamese text). The check warns when the body changed after the translation (digest differs).
 */
export const englishText = z
  .object({
    // The translation of the Markdown body, Markdown allowed.
    description: text,
    // The day the translation was made (YYYY-MM-DD).
    translatedOn: isoDate,
    // Digest of the Vietnamese text it translates: written by `npm run translations -- --stamp`.
    sourceDigest: digest.optional(),
  })
  .strict();

/** Beside the English fields of a JSON record (descriptionEn…): when they were translated, and from which Vietnamese text. */
export const translationStamp = z
  .object({
    // The day the English fields were translated (YYYY-MM-DD).
    translatedOn: isoDate,
    // Digest of the Vietnamese fields they translate: written by `npm run translations -- --stamp`.
    sourceDigest: digest.optional(),
  })
  .strict();

/** Where a fact comes from: every record lists at least one. */
export const source = z
  .object({
    // Address of the article, decision or page.
    url: httpUrl,
    // Its title, or a short description of it.
    title: text,
    // Its publication date, when known.
    date: isoDate.optional(),
    // true when only an English rendering of a Vietnamese article was read (e.g. on vietnam.vn): the
    // facts taken from it rest on a translation, and pages say so beside the source.
    englishRendering: z.literal(true, { error: () => 'expected true (or leave the field out)' }).optional(),
  })
  .strict();

export const sources = z.array(source, { error: (issue) => (issue.input === undefined ? 'every record needs sources: a list of {url, title}' : 'expected a list of sources: {url, title}') }).min(1, {
  message: 'every record needs at least one source',
});

/** A point on the map, in decimal degrees. */
export const geo = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .strict();

/** A link with its visible label (online shop, social page). */
export const labelledLink = z.object({ label: text, url: httpUrl }).strict();

// ---------------------------------------------------------------- site configuration

export const siteConfigSchema = z
  .object({
    // Site name in each language.
    name: text,
    nameEn: text,
    // The region the catalogue covers, as people say it.
    region: text,
    regionEn: text,
    // Canonical address of the published site (SITE_URL overrides it at build time).
    url: httpUrl,
    // Where readers report a mistake (a web form or mailto: address); without it, no report link is shown.
    reportErrorUrl: z.string().regex(/^(https?:|mailto:)/, { message: 'expected an http(s) or mailto: address' }).optional(),
    // The GitHub repository holding this content, "owner/name": the content editor (/admin/) saves
    // there and "report an error" opens an issue there. Without it, neither is connected.
    repository: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: 'expected a GitHub repository written owner/name' }).optional(),
    // Its branch the editor saves to (default main).
    repositoryBranch: text.optional(),
    // The OAuth client that signs editors in to GitHub (Decap CMS base_url), when not hosted on Netlify.
    cmsAuthUrl: httpUrl.optional(),
    // Licence of the data and texts.
    licence: z.object({ name: text, url: httpUrl }).strict(),
    // Who publishes the site (a person, office or organisation), shown on the about page; without it
    // the about page says plainly that the publisher is not stated.
    publisher: z.object({ name: text, url: httpUrl.optional() }).strict().optional(),
    // The day the content was last reviewed against its sources.
    dataDate: isoDate,
    // Time zone used to decide what "today" is.
    timeZone: text.default('Asia/Ho_Chi_Minh'),
    // Map tiles for the sales-point map.
    map: z
      .object({
        tiles: z.string().regex(/^https:\/\/[^/]+\//, { message: 'expected an https tile URL template' }),
        attribution: text,
        attributionUrl: httpUrl,
      })
      .strict(),
    // Short paragraphs about the programme for the home page.
    intro: text,
    introEn: text,
    // A note on administrative changes shown beside the old district names.
    districtNote: text.optional(),
    districtNoteEn: text.optional(),
  })
  .strict();

// ---------------------------------------------------------------- districts

export const DISTRICT_KINDS = ['thành phố', 'thị xã', 'huyện', 'quận'] as const;

export const districtSchema = z
  .object({
    // Name as written on certificates, e.g. "Tiên Phước".
    name: text,
    // English name, when a source uses one.
    nameEn: text.optional(),
    // Kind of unit: thành phố, thị xã, huyện or quận.
    kind: z.enum(DISTRICT_KINDS, { error: () => `expected one of: ${DISTRICT_KINDS.join(', ')}` }),
    // General Statistics Office code.
    gsoCode: z.string().regex(/^\d{3}$/, { message: 'expected a three-digit code' }).optional(),
    // A point for the unit or its seat, from a source.
    centroid: geo.optional(),
    // The seat (huyện lỵ) as a place name.
    seat: text.optional(),
    // One or two sentences about the unit.
    description: text,
    descriptionEn: text.optional(),
    // What became of the unit in the 2025 reorganisation.
    reorganisation: text.optional(),
    reorganisationEn: text.optional(),
    // When descriptionEn and reorganisationEn were translated, from which Vietnamese text.
    translation: translationStamp.optional(),
    sources,
  })
  .strict();

// ---------------------------------------------------------------- product groups and sets

export const productGroupSchema = z
  .object({
    // Identifier used in URLs, e.g. "thuc-pham".
    id: slugRef,
    // Number of the group in the national criteria (1–6).
    code: z.number().int().min(1),
    name: text,
    nameEn: text,
    sources,
  })
  .strict();

export const productSetSchema = z
  .object({
    id: slugRef,
    // The group this set belongs to.
    group: slugRef,
    // Number of the set in the national criteria, e.g. "1.3".
    code: z.string().regex(/^\d+\.\d+$/, { message: 'expected a code such as "1.3"' }),
    name: text,
    nameEn: text,
    sources,
  })
  .strict();

// ---------------------------------------------------------------- producers

export const LEGAL_FORMS = ['hợp tác xã', 'tổ hợp tác', 'doanh nghiệp', 'hộ kinh doanh', 'cơ sở sản xuất'] as const;
export const QUALITY_SYSTEMS = ['VietGAP', 'GlobalGAP', 'HACCP', 'ISO 22000', 'ISO 9001', 'GMP', 'hữu cơ'] as const;

export const contactsSchema = z
  .object({
    phone: z.array(z.string().regex(/^\+?[0-9 .()-]{6,20}$/, { message: 'expected a phone number, digits and spaces only' })).optional(),
    email: z.email({ message: 'expected an e-mail address' }).optional(),
    website: httpUrl.optional(),
    social: z.array(labelledLink).optional(),
  })
  .strict();

/** Where a source says a producer's products were sold, as at the source's date. */
export const soldAtSchema = z
  .object({
    // The shops, channels or customers, as the source says them, e.g. "siêu thị Co.opMart Tam Kỳ".
    where: text,
    whereEn: text.optional(),
    // The source's date, as precise as the source gives it ("12/2023"); left out when it gives none.
    asOf: text.optional(),
    asOfEn: text.optional(),
    // Address of the source: one of the record's sources (its title and flags are shown beside the fact).
    source: httpUrl,
  })
  .strict();

export const producerSchema = z
  .object({
    // Identifier (defaults to the file name).
    slug: slugRef.optional(),
    // Earlier slugs of this record (before a rename, or of records merged into it): each keeps a
    // page at its old address that sends readers, and printed QR codes, on to this record.
    formerSlugs: z.array(slugRef).min(1, { message: 'list at least one slug, or leave the field out' }).optional(),
    // Name as the latest source prints it.
    name: text,
    // Earlier names, e.g. before a change of legal form.
    formerNames: z.array(z.object({ name: text, note: text.optional() }).strict()).optional(),
    // hợp tác xã, tổ hợp tác, doanh nghiệp, hộ kinh doanh or cơ sở sản xuất.
    legalForm: z.enum(LEGAL_FORMS, { error: () => `expected one of: ${LEGAL_FORMS.join(', ')}` }),
    // Former district-level unit (slug of a district record).
    district: slugRef,
    // Commune, ward or town as printed, e.g. "xã Tiên Phong".
    commune: text.optional(),
    address: text.optional(),
    contacts: contactsSchema.optional(),
    // Quality systems the producer is certified for.
    qualitySystems: z.array(z.enum(QUALITY_SYSTEMS, { error: () => `expected one of: ${QUALITY_SYSTEMS.join(', ')}` })).optional(),
    // English translation of the Markdown body.
    english: englishText.optional(),
    // Where sources say its products were sold ("where to buy" facts), each with the source's date.
    soldAt: z.array(soldAtSchema).min(1, { message: 'list at least one place, or leave the field out' }).optional(),
    sources,
  })
  .strict();

// ---------------------------------------------------------------- products

export const CERTIFICATE_LEVELS = ['district', 'province', 'national'] as const;

export const certificateSchema = z
  .object({
    // Who certified: district, province or national (ministry).
    level: z.enum(CERTIFICATE_LEVELS, { error: () => 'expected district, province or national' }).optional(),
    // 3, 4 or 5 stars.
    stars: z.union([z.literal(3), z.literal(4), z.literal(5)], { error: () => 'expected 3, 4 or 5 stars' }).optional(),
    // true when the source confirms an OCOP certificate but does not give its star level
    // (shown as "OCOP, chưa rõ hạng sao", never as a number of stars). Give either stars or this.
    starsUnknown: z.literal(true, { error: () => 'expected true (or leave the field out)' }).optional(),
    // Decision number, e.g. "3610/QĐ-UBND".
    decision: text.optional(),
    // Decision date, when the source gives it.
    date: isoDate.optional(),
    // Year of the decision, when the source gives only the year.
    year: z.number().int().min(2000).max(2100).optional(),
    // true when the source gives no year at all.
    dateUnknown: z.literal(true).optional(),
    // With dateUnknown: the source's own date, so the certificate was issued no later.
    notAfter: isoDate.optional(),
    // Score out of 100, when published.
    score: z.number().min(0).max(100).optional(),
    // Set when the certificate was withdrawn.
    revoked: z.object({ date: isoDate, reason: text.optional() }).strict().optional(),
    // Address of the source for this certificate, when it differs from the record's first.
    source: httpUrl.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.stars === undefined && c.starsUnknown !== true) {
      ctx.addIssue({ code: 'custom', path: ['stars'], message: 'expected 3, 4 or 5 stars, or starsUnknown: true when the source does not give the star level' });
    } else if (c.stars !== undefined && c.starsUnknown) {
      ctx.addIssue({ code: 'custom', path: ['starsUnknown'], message: 'give either stars or starsUnknown: true, not both' });
    }
    const given = [c.date !== undefined, c.year !== undefined, c.dateUnknown === true].filter(Boolean).length;
    if (given === 0) {
      ctx.addIssue({ code: 'custom', message: 'expected a decision date, a year, or dateUnknown: true when the source gives no year' });
    } else if (given > 1) {
      ctx.addIssue({ code: 'custom', message: 'give only one of date, year and dateUnknown' });
    }
    if (c.notAfter && !c.dateUnknown) {
      ctx.addIssue({ code: 'custom', path: ['notAfter'], message: 'notAfter goes only with dateUnknown: true' });
    }
  });

export const imageRef = z
  .object({
    // Path of the photo, relative to the product file.
    src: text,
    // What the photo shows, for people who cannot see it.
    alt: text,
    // Who took it or owns it.
    credit: text.optional(),
  })
  .strict();

export const productSchema = z
  .object({
    slug: slugRef.optional(),
    // Earlier slugs of this record (before a rename, or of records merged into it): each keeps a
    // page at its old address that sends readers, and printed QR codes, on to this record.
    formerSlugs: z.array(slugRef).min(1, { message: 'list at least one slug, or leave the field out' }).optional(),
    // Name as printed by the source.
    name: text,
    // Plain English translation of the name.
    nameEn: text.optional(),
    // Producer (slug of a producer record); empty when the source does not name one.
    producer: slugRef.optional(),
    // Product set of the national criteria (slug); empty until someone assigns one (an official
    // annex does not print it): pages say "not assigned" and the check warns.
    productSet: slugRef.optional(),
    district: slugRef,
    commune: text.optional(),
    // Certificates, oldest first; a re-rating is a new record and the old one stays.
    certificates: z.array(certificateSchema),
    images: z.array(imageRef).optional(),
    specs: z
      .object({ packaging: text.optional(), size: text.optional(), shelfLife: text.optional() })
      .strict()
      .optional(),
    whereToBuy: z
      .object({ salesPoints: z.array(slugRef).optional(), online: z.array(labelledLink).optional() })
      .strict()
      .optional(),
    // English translation of the Markdown body.
    english: englishText.optional(),
    sources,
  })
  .strict();

// ---------------------------------------------------------------- sales points

export const SALES_POINT_KINDS = ['điểm bán', 'cửa hàng', 'trung tâm OCOP', 'chợ phiên'] as const;
export const SALES_POINT_STATUSES = ['open', 'planned', 'closed', 'unknown'] as const;

export const salesPointSchema = z
  .object({
    slug: slugRef.optional(),
    name: text,
    nameEn: text.optional(),
    // điểm bán, cửa hàng, trung tâm OCOP or chợ phiên.
    kind: z.enum(SALES_POINT_KINDS, { error: () => `expected one of: ${SALES_POINT_KINDS.join(', ')}` }),
    // true for a province-level centre (shown to every district).
    provinceLevel: z.boolean().optional(),
    district: slugRef,
    // Commune, ward or town as the source prints it, e.g. "xã Cẩm Hà".
    commune: text.optional(),
    address: text.optional(),
    // Coordinates only from a source.
    geo: geo.optional(),
    openingHours: text.optional(),
    phone: z.string().regex(/^\+?[0-9 .()-]{6,20}$/, { message: 'expected a phone number' }).optional(),
    // Who runs it, as the source names it (Vietnamese).
    operator: text.optional(),
    // The operator in English, when a source or a translation gives it (shown on English pages).
    operatorEn: text.optional(),
    // When it opened, as the source says it (a date or a year).
    opened: text.optional(),
    // open, planned, closed or unknown, as at the source's date.
    status: z.enum(SALES_POINT_STATUSES, { error: () => `expected one of: ${SALES_POINT_STATUSES.join(', ')}` }),
    // One to three sentences, in Vietnamese and optionally English.
    description: text.optional(),
    descriptionEn: text.optional(),
    // When descriptionEn was translated, from which Vietnamese text.
    translation: translationStamp.optional(),
    sources,
  })
  .strict();

// ---------------------------------------------------------------- units since 1 July 2025

export const UNIT_KINDS = ['phường', 'xã', 'đặc khu'] as const;
export const FORMER_UNIT_KINDS = ['xã', 'phường', 'thị trấn'] as const;

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(lonLat).min(4, { message: 'a ring needs at least 4 positions' });

/** A GeoJSON Polygon or MultiPolygon, longitude first (RFC 7946). */
export const boundarySchema = z.union(
  [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }).strict(),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }).strict(),
  ],
  { error: () => 'expected a GeoJSON Polygon or MultiPolygon geometry' },
);

/** A former commune-level unit, as certificates and addresses still name it. */
export const formerUnitSchema = z
  .object({
    name: text,
    kind: z.enum(FORMER_UNIT_KINDS, { error: () => `expected one of: ${FORMER_UNIT_KINDS.join(', ')}` }),
    // Former district-level unit (slug of a district record).
    district: slugRef,
    // true when the unit had already been merged into another on 1 January 2025.
    mergedBefore2025: z.literal(true).optional(),
    // Where this unit's successor is stated.
    source: httpUrl,
  })
  .strict();

/** A ward or commune as it has been since 1 July 2025, with the former units it was made of. */
export const unitSchema = z
  .object({
    slug: slugRef.optional(),
    name: text,
    kind: z.enum(UNIT_KINDS, { error: () => `expected one of: ${UNIT_KINDS.join(', ')}` }),
    // National code of the unit.
    code: z.string().regex(/^\d{5}$/, { message: 'expected a five-digit code' }),
    // The city or province it belongs to, as written after its name ("TP Đà Nẵng"; English "Đà Nẵng").
    parent: text,
    parentEn: text,
    areaKm2: z.number().positive().optional(),
    formerUnits: z.array(formerUnitSchema).min(1, { message: 'a unit lists the former units it was made of' }),
    // The map label and marker point: a point inside the boundary (pole of inaccessibility).
    label: geo,
    // Simplified boundary for maps.
    boundary: boundarySchema,
    // Who made the boundary and under which licence.
    attribution: z.object({ text, url: httpUrl, licence: text }).strict(),
    sources,
  })
  .strict();

/** A former commune whose successor no source states: pages say so instead of guessing. */
export const formerCommuneSchema = z
  .object({
    slug: slugRef.optional(),
    name: text,
    kind: z.enum(FORMER_UNIT_KINDS, { error: () => `expected one of: ${FORMER_UNIT_KINDS.join(', ')}` }),
    district: slugRef,
    note: text,
    noteEn: text.optional(),
    // When noteEn was translated, from which Vietnamese text.
    translation: translationStamp.optional(),
    sources,
  })
  .strict();

// ---------------------------------------------------------------- published figures

export const FIGURE_SCOPES = ['province', 'district', 'national'] as const;
export const FIGURE_COUNTS = ['total', 'round', 'participants'] as const;

export const figureSchema = z
  .object({
    id: slugRef,
    // What the figure refers to, as the source says it ("12/2024", "2019 round 1").
    asOf: text,
    asOfEn: text.optional(),
    // A date to order the figures by (the last day of the period when only a month or year is known);
    // only when a source gives the date or period. Without it the figure is listed after the dated ones.
    sortDate: isoDate.optional(),
    // province (this catalogue's region), district (one former district: give district) or national.
    scope: z.enum(FIGURE_SCOPES, { error: () => `expected one of: ${FIGURE_SCOPES.join(', ')}` }),
    // With scope district: the district (slug of a district record).
    district: slugRef.optional(),
    // What products and producers count: total (every product certified up to then; the default),
    // round (those certified in one round or one year only) or participants (products taking part
    // or evaluated, not all of them certified). Only totals are charted and compared with the catalogue.
    counts: z.enum(FIGURE_COUNTS, { error: () => `expected one of: ${FIGURE_COUNTS.join(', ')}` }).optional(),
    products: z.number().int().nonnegative().optional(),
    producers: z.number().int().nonnegative().optional(),
    stars3: z.number().int().nonnegative().optional(),
    stars4: z.number().int().nonnegative().optional(),
    stars5: z.number().int().nonnegative().optional(),
    note: text.optional(),
    noteEn: text.optional(),
    // When asOfEn and noteEn were translated, from which Vietnamese text.
    translation: translationStamp.optional(),
    sources,
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.scope === 'district' && f.district === undefined) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'a figure with scope district names its district (slug of a district record)' });
    } else if (f.scope !== 'district' && f.district !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'district goes only with scope: district' });
    }
  });

// ---------------------------------------------------------------- search vocabulary

// A word or phrase of the search vocabulary, as a shopper types it (tone marks kept): letters,
// digits, spaces, apostrophes and hyphens, no other punctuation.
const searchWord = text.refine((w) => /^[\p{L}\p{M}\p{N}' ’-]+$/u.test(w) && !/\s{2,}/.test(w), {
  message: 'expected a word or phrase: letters, digits, single spaces, apostrophes or hyphens',
});

/** One entry of content/search-vocabulary.json: words that mean the same product to a shopper. */
export const searchTermSchema = z
  .object({
    // Identifier, for error messages, e.g. "tra".
    id: slugRef,
    // The Vietnamese words, tone marks included, e.g. ["trà", "chè"].
    vi: z.array(searchWord).min(1, { message: 'at least one Vietnamese word' }),
    // The English words, e.g. ["tea"].
    en: z.array(searchWord).min(1, { message: 'at least one English word' }),
    // Product sets every product of which is this kind of product: their products are found by
    // these words even when their names do not say it.
    sets: z.array(slugRef).optional(),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type DistrictData = z.infer<typeof districtSchema>;
export type ProductGroupData = z.infer<typeof productGroupSchema>;
export type ProductSetData = z.infer<typeof productSetSchema>;
export type ProducerData = z.infer<typeof producerSchema>;
export type ProductData = z.infer<typeof productSchema>;
export type CertificateData = z.infer<typeof certificateSchema>;
export type SalesPointData = z.infer<typeof salesPointSchema>;
export type FigureData = z.infer<typeof figureSchema>;
export type UnitData = z.infer<typeof unitSchema>;
export type FormerUnitData = z.infer<typeof formerUnitSchema>;
export type FormerCommuneData = z.infer<typeof formerCommuneSchema>;
export type BoundaryData = z.infer<typeof boundarySchema>;
export type SourceData = z.infer<typeof source>;
export type SoldAtData = z.infer<typeof soldAtSchema>;
export type FigureScope = (typeof FIGURE_SCOPES)[number];
export type FigureCounts = (typeof FIGURE_COUNTS)[number];
export type EnglishTextData = z.infer<typeof englishText>;
export type TranslationStampData = z.infer<typeof translationStamp>;
export type SearchTermData = z.infer<typeof searchTermSchema>;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export type SalesPointKind = (typeof SALES_POINT_KINDS)[number];
export type SalesPointStatus = (typeof SALES_POINT_STATUSES)[number];
