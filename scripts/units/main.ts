// npm run units -- [SHARED_DATA_DIR] [--content DIR]
// Writes content/units/<slug>.json (the wards and communes made of former units, since 1 July 2025)
// and content/former-communes/<slug>.json (former communes with no known successor) from the shared
// reference data: quang-nam-communes-2025.csv, da-nang-units-2025.csv and da-nang-wards-2025/.
// Same input, same output. Every problem is reported as "file row N: column: value — expected …".
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { contentDir } from '../../src/lib/content/content-layout.ts';
import { formerCommuneSchema, unitSchema, type FormerCommuneData, type UnitData } from '../../src/lib/content/schema.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { boundaryFor, labelPoint, type Geometry } from './geometry.ts';

const COMMUNES = 'quang-nam-communes-2025.csv';
const UNITS = 'da-nang-units-2025.csv';
const WARDS = 'da-nang-wards-2025';
const BOUNDARY_REPO = 'https://github.com/thanglequoc/vietnamese-provinces-database';
const BOUNDARY_COMMIT = 'cd58063299585146ded3981f2272946ef19ced54';
const ATTRIBUTION = {
  text: 'Vietnamese Provinces Database, Thang Le Quoc (MIT); ranh giới từ Bản đồ đơn vị hành chính Việt Nam, sapnhap.bando.com.vn',
  url: BOUNDARY_REPO,
  licence: 'MIT',
};
const PARENT = 'TP Đà Nẵng';
const PARENT_EN = 'Đà Nẵng';

const args = process.argv.slice(2);
const contentFlag = args.indexOf('--content');
const outRoot = contentFlag >= 0 ? path.resolve(args[contentFlag + 1]) : contentDir();
const positional = args.filter((a, i) => !a.startsWith('--') && (contentFlag < 0 || i !== contentFlag + 1));
const dataDir = path.resolve(positional[0] ?? path.join(process.cwd(), '../shared/data'));

const errors: string[] = [];
const fail = (where: string, field: string, value: string, expected: string) => errors.push(`${where}: ${field}: ${JSON.stringify(value)} — ${expected}`);

type Row = Record<string, string>;
function readCsv(name: string, required: string[]): Row[] {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) {
    console.error(`${file}: file is missing (give the shared data folder as the first argument)`);
    process.exit(1);
  }
  const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
  const missing = required.filter((c) => rows.length > 0 && !(c in rows[0]));
  if (missing.length) {
    console.error(`${name}: header: expected columns ${missing.join(', ')}`);
    process.exit(1);
  }
  return rows;
}

// Former districts: their names as the CSV writes them → content slugs.
const districtDir = path.join(outRoot, 'districts');
const districtSlug = new Map<string, string>();
for (const f of fs.readdirSync(districtDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(fs.readFileSync(path.join(districtDir, f), 'utf8')) as { name: string; slug?: string };
  districtSlug.set(d.name.normalize('NFC'), d.slug ?? f.replace(/\.json$/, ''));
}

const unitRows = readCsv(UNITS, ['code', 'name', 'kind', 'former_quang_nam', 'area_km2']);
const communeRows = readCsv(COMMUNES, ['old_unit', 'old_kind', 'old_district', 'new_unit', 'new_kind', 'source_url', 'notes']);
const wardFiles = fs.readdirSync(path.join(dataDir, WARDS));

interface Draft {
  row: Row;
  line: number;
  formerUnits: UnitData['formerUnits'];
  sourceUrls: Set<string>;
}
const byName = new Map<string, Draft>();
unitRows.forEach((row, i) => {
  if (row.former_quang_nam !== 'yes') return;
  const key = row.name.normalize('NFC');
  if (byName.has(key)) fail(`${UNITS} row ${i + 2}`, 'name', row.name, 'a name used by one unit only');
  byName.set(key, { row, line: i + 2, formerUnits: [], sourceUrls: new Set() });
});

const orphans: { id: string; data: FormerCommuneData }[] = [];
communeRows.forEach((row, i) => {
  const where = `${COMMUNES} row ${i + 2}`;
  const district = districtSlug.get(row.old_district.normalize('NFC'));
  if (!district) return fail(where, 'old_district', row.old_district, `the name of a district in ${path.relative(process.cwd(), districtDir)}/`);
  const kind = row.old_kind as UnitData['formerUnits'][number]['kind'];
  const mergedBefore2025 = /NOT in existence on 16\/6\/2025/.test(row.notes);
  if (!row.new_unit) {
    // No source states where it went: kept as a record that says so.
    const reason = /not stated in any retrieved text/.test(row.notes) ? 'không nguồn nào nêu đơn vị nhận sáp nhập' : 'chưa rõ đơn vị kế tiếp';
    const parsed = formerCommuneSchema.safeParse({
      name: row.old_unit,
      kind,
      district,
      note: mergedBefore2025
        ? `Đã sáp nhập vào một đơn vị khác từ ngày 1/1/2025 (Nghị quyết 1241/NQ-UBTVQH15); ${reason}, nên chưa biết đơn vị hiện nay.`
        : `${reason[0].toUpperCase()}${reason.slice(1)}.`,
      noteEn: mergedBefore2025
        ? 'Merged into another unit on 1 January 2025 (Resolution 1241/NQ-UBTVQH15); no source names that unit, so its current unit is unknown.'
        : 'No source names the unit it became.',
      sources: [{ url: BOUNDARY_REPO, title: 'Vietnamese Provinces Database (Thang Le Quoc): đơn vị hành chính trước và sau sáp nhập' }],
    });
    if (!parsed.success) return fail(where, 'old_unit', row.old_unit, parsed.error.issues.map((x) => x.message).join('; '));
    orphans.push({ id: slugify(`${row.old_district} ${row.old_unit}`), data: parsed.data });
    return;
  }
  const draft = byName.get(row.new_unit.normalize('NFC'));
  if (!draft) return fail(where, 'new_unit', row.new_unit, `a unit of ${UNITS} with former_quang_nam = yes`);
  if (row.new_kind && row.new_kind !== draft.row.kind) fail(where, 'new_kind', row.new_kind, `"${draft.row.kind}", the kind ${UNITS} row ${draft.line} gives`);
  const source = row.source_url.split(' ; ')[0]?.trim() ?? '';
  if (!/^https?:\/\//.test(source)) return fail(where, 'source_url', row.source_url, 'a source address');
  draft.formerUnits.push({ name: row.old_unit.normalize('NFC'), kind, district, ...(mergedBefore2025 ? { mergedBefore2025: true as const } : {}), source });
  draft.sourceUrls.add(source);
});

function sourceTitle(url: string, unitName: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return `${host}: các đơn vị hợp thành ${unitName} (Nghị quyết 1659/NQ-UBTVQH15)`;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const units: { id: string; data: UnitData }[] = [];
for (const draft of byName.values()) {
  const { row } = draft;
  const where = `${UNITS} row ${draft.line}`;
  if (draft.formerUnits.length === 0) {
    fail(where, 'name', row.name, `a unit named as new_unit by at least one row of ${COMMUNES}`);
    continue;
  }
  const file = wardFiles.find((f) => f.startsWith(`${row.code}_`) && f.endsWith('.geojson'));
  if (!file) {
    fail(where, 'code', row.code, `a boundary file ${WARDS}/${row.code}_<name>.geojson`);
    continue;
  }
  const boundaryFile = path.join(dataDir, WARDS, file);
  let geometry: Geometry;
  try {
    const fc = JSON.parse(fs.readFileSync(boundaryFile, 'utf8')) as { features?: { geometry: Geometry }[] };
    geometry = fc.features?.[0]?.geometry as Geometry;
    if (!geometry || !/^(Multi)?Polygon$/.test(geometry.type)) throw new Error('expected a Feature with a Polygon or MultiPolygon');
  } catch (e) {
    fail(`${WARDS}/${file}`, '(file)', file, (e as Error).message);
    continue;
  }
  const boundary = boundaryFor(geometry);
  const label = labelPoint(boundary);
  if (!label) {
    fail(`${WARDS}/${file}`, 'geometry', file, 'a boundary whose simplified shape still has an inside');
    continue;
  }
  const formerUnits = [...draft.formerUnits].sort((a, b) => collator.compare(a.name, b.name));
  const candidate = {
    name: row.name.normalize('NFC'),
    kind: row.kind,
    code: row.code,
    parent: PARENT,
    parentEn: PARENT_EN,
    ...(row.area_km2 ? { areaKm2: Number(row.area_km2) } : {}),
    formerUnits,
    label,
    boundary,
    attribution: ATTRIBUTION,
    sources: [
      { url: `${BOUNDARY_REPO}/blob/${BOUNDARY_COMMIT}/json/geojson/48_da_nang/wards/${file.replace(/\.geojson$/, '')}.geojson`, title: `Vietnamese Provinces Database (Thang Le Quoc, MIT): ranh giới ${row.kind} ${row.name}` },
      ...[...draft.sourceUrls].sort().map((url) => ({ url, title: sourceTitle(url, `${row.kind} ${row.name}`) })),
    ],
  };
  const parsed = unitSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fail(where, issue.path.join('.') || '(record)', row.name, issue.message);
    continue;
  }
  units.push({ id: slugify(row.name), data: parsed.data });
}

const seen = new Map<string, string>();
for (const u of units) {
  if (seen.has(u.id)) fail(UNITS, 'name', u.data.name, `a name whose slug "${u.id}" is not also the slug of ${seen.get(u.id)}`);
  seen.set(u.id, u.data.name);
}

if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`\n${errors.length} error(s); nothing written.`);
  process.exit(1);
}

// One record per file, two-space indented, each boundary ring on one line (small diffs, readable files).
function serialise(data: object): string {
  const rings: string[] = [];
  const json = JSON.stringify(
    data,
    (_key, value) => {
      if (Array.isArray(value) && Array.isArray(value[0]) && typeof value[0][0] === 'number') {
        rings.push(JSON.stringify(value));
        return `@@ring${rings.length - 1}@@`;
      }
      return value;
    },
    2,
  );
  return `${json.replace(/"@@ring(\d+)@@"/g, (_, i) => rings[Number(i)])}\n`;
}

function writeFolder(dir: string, records: { id: string; data: object }[], replace = true) {
  if (replace) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const r of records) fs.writeFileSync(path.join(dir, `${r.id}.json`), serialise(r.data));
}
writeFolder(path.join(outRoot, 'units'), units.sort((a, b) => a.id.localeCompare(b.id)));
// Editors may add former communes by hand here (see content/README.md): those files are kept.
writeFolder(path.join(outRoot, 'former-communes'), orphans.sort((a, b) => a.id.localeCompare(b.id)), false);
const bytes = units.reduce((n, u) => n + serialise(u.data).length, 0);
console.log(`wrote ${units.length} units (${Math.round(bytes / 1024)} KiB) and ${orphans.length} former communes without a known successor to ${path.relative(process.cwd(), outRoot) || '.'}`);
