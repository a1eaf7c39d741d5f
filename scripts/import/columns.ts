// The columns an official list may have, the headers each is known by, and finding the header row.
// Headers are compared with nameKey, so "Tên sản phẩm", "TEN SAN PHAM" and "Ten san pham" are one column.
// Header maps shipped in scripts/import/maps/ name the columns of lists the project knows (the reference
// data's CSV files): the import tries them when a file's headers are not the official ones.
import fs from 'node:fs';
import path from 'node:path';
import { nameKey } from '../../src/lib/content/slug.ts';
import { q, t, TextError } from './text.ts';

export const COLUMN_HEADERS = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  productName: ['Tên sản phẩm', 'Sản phẩm', 'Tên SP', 'Tên sản phẩm OCOP'],
  producerName: ['Chủ thể', 'Tên chủ thể', 'Chủ thể sản xuất', 'Chủ thể OCOP', 'Đơn vị sản xuất', 'Tên chủ thể sản xuất'],
  address: ['Địa chỉ', 'Địa chỉ chủ thể', 'Địa chỉ sản xuất'],
  district: ['Huyện', 'Địa phương', 'Huyện/thị xã/thành phố', 'Huyện, thị xã, thành phố', 'Huyện/TX/TP', 'Đơn vị hành chính'],
  commune: ['Xã', 'Xã, phường, thị trấn', 'Xã/phường/thị trấn', 'Xã, phường', 'Xã/phường'],
  stars: ['Hạng sao', 'Số sao', 'Xếp hạng', 'Hạng', 'Kết quả xếp hạng', 'Hạng sao OCOP'],
  score: ['Điểm', 'Điểm đánh giá', 'Tổng điểm', 'Điểm số'],
  decision: ['Số quyết định', 'Quyết định', 'Số QĐ', 'Quyết định công nhận', 'Số quyết định công nhận'],
  date: ['Ngày quyết định', 'Ngày QĐ', 'Ngày công nhận', 'Ngày ban hành', 'Ngày ký', 'Ngày quyết định công nhận'],
  year: ['Năm', 'Năm công nhận', 'Năm đánh giá'],
  productSet: ['Bộ sản phẩm', 'Bộ SP'],
  level: ['Cấp', 'Cấp công nhận', 'Cấp đánh giá', 'Cấp chứng nhận', 'Cơ quan công nhận', 'Cơ quan ban hành', 'Đơn vị công nhận'],
  sourceUrl: ['Nguồn', 'Link nguồn', 'Địa chỉ nguồn', 'Đường dẫn nguồn'],
  sourceTitle: ['Tên nguồn', 'Tiêu đề nguồn'],
  sourceDate: ['Ngày nguồn', 'Ngày đăng'],
} as const;

export type Column = keyof typeof COLUMN_HEADERS;
export const COLUMNS = Object.keys(COLUMN_HEADERS) as Column[];

const HEADER_TO_COLUMN = new Map<string, Column>();
for (const column of COLUMNS) {
  HEADER_TO_COLUMN.set(nameKey(column), column);
  for (const header of COLUMN_HEADERS[column]) HEADER_TO_COLUMN.set(nameKey(header), column);
}

/** Their header (as nameKey) → our column, or null for a column to ignore on purpose. */
export type HeaderMap = Map<string, Column | null>;

export class HeaderMapError extends TextError {}

/** Reads {"their header": "our column"}; our column is a column id or any header we know ("Tên sản phẩm"), or null to ignore. */
export function readHeaderMap(file: string): HeaderMap {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = (e as Error).message;
    throw new HeaderMapError(t(`không đọc được bảng tên cột ${file}: ${why}`, `cannot read the header map ${file}: ${why}`));
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new HeaderMapError(t(`bảng tên cột ${file} phải là một đối tượng JSON {"tên cột của họ": "cột của ta"}`, `the header map ${file} must be a JSON object {"their header": "our column"}`));
  }
  const map: HeaderMap = new Map();
  for (const [theirs, ours] of Object.entries(raw)) {
    if (ours === null || ours === '') {
      map.set(nameKey(theirs), null);
      continue;
    }
    const column = typeof ours === 'string' ? HEADER_TO_COLUMN.get(nameKey(ours)) : undefined;
    if (!column) {
      const known = COLUMNS.map((c) => `${c} (${COLUMN_HEADERS[c][0]})`).join(', ');
      throw new HeaderMapError(
        t(
          `bảng tên cột ${file} gán ${q(theirs)} cho ${q(ours)}, không phải một cột; dùng một trong: ${known}, hoặc null để bỏ qua cột đó`,
          `the header map ${file} maps ${q(theirs)} to ${q(ours)}, which is not a column; use one of: ${known}, or null to ignore it`,
        ),
      );
    }
    map.set(nameKey(theirs), column);
  }
  return map;
}

export interface HeaderLayout {
  /** Index of each recognised column in a row. */
  indexOf: Partial<Record<Column, number>>;
  /** Headers present but not recognised (those the map sets to null are left out), as printed. */
  ignored: string[];
  /** Headers that name a column already taken by an earlier header. */
  duplicates: string[];
}

/** Which column each header is: the map first, then the headers we know. */
export function layoutOf(headers: string[], map: HeaderMap): HeaderLayout {
  const layout: HeaderLayout = { indexOf: {}, ignored: [], duplicates: [] };
  headers.forEach((header, i) => {
    const key = nameKey(header);
    if (key === '') return;
    const column = map.has(key) ? map.get(key) : HEADER_TO_COLUMN.get(key);
    if (column === null) return;
    if (!column) {
      layout.ignored.push(header.trim());
    } else if (layout.indexOf[column] !== undefined) {
      layout.duplicates.push(header.trim());
    } else {
      layout.indexOf[column] = i;
    }
  });
  return layout;
}

/** How many columns a row would recognise as a header, or 0 when it lacks the product name. */
export function headerScore(cells: string[], map: HeaderMap): number {
  const layout = layoutOf(cells, map);
  if (layout.indexOf.productName === undefined) return 0;
  const found = Object.keys(layout.indexOf).length;
  return found >= 2 ? found : 0;
}

/** The folder of the header maps shipped with the import. */
export const SHIPPED_MAPS_DIR = path.join(import.meta.dirname, 'maps');

export interface NamedMap {
  /** Where the map comes from (a file), or '' for the headers the import knows. */
  name: string;
  map: HeaderMap;
}

/** The header maps in scripts/import/maps/, by file name. */
export function shippedMaps(dir = SHIPPED_MAPS_DIR): NamedMap[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: path.join(dir, f), map: readHeaderMap(path.join(dir, f)) }));
}

/** How many rows of title text ("DANH SÁCH…", "Kèm theo Quyết định…") may come before the header row. */
export const MAX_ROWS_BEFORE_HEADER = 20;
