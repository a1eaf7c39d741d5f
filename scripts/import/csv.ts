// Reads an official list saved as CSV into rows of cells keyed by column, each with its line in the file.
// Excel saves "CSV UTF-8" with a BOM, and with ";" where the system uses a decimal comma (Vietnamese
// Windows does), so the delimiter is whichever one yields a recognisable header row; likewise the
// header map, among the ones offered (the known headers, a --map file, the maps shipped with the import).
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { NamedMap } from './columns.ts';
import { findHeader, NO_HEADER, tableFrom, TableError, type RawRow, type Table } from './table.ts';
import { t } from './text.ts';

export class CsvError extends TableError {}

export interface CsvTable extends Table {
  delimiter: string;
  /** The header map the table was read with ('' for the known headers). */
  mapName: string;
}

const DELIMITERS = [',', ';', '\t'];

/** The file as text; anything but UTF-8 is refused rather than read as mojibake. */
export function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CsvError(t(`không đọc được ${file}: ${why}`, `cannot read ${file}: ${why}`));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError(
      t(
        `${file} không phải văn bản UTF-8: trong Excel, chọn "Save as… CSV UTF-8 (Comma delimited)"`,
        `${file} is not UTF-8 text: in Excel use "Save as… CSV UTF-8 (Comma delimited)"`,
      ),
    );
  }
}

function parseRows(text: string, delimiter: string): RawRow[] {
  const records = parse(text, {
    bom: true,
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  return records.map(({ record, raw, info }) => {
    // info.lines is where the record ends; a quoted cell may span lines, and blank lines before it are skipped.
    const own = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
    const inner = (own.match(/\n/g) ?? []).length;
    return { line: info.lines - inner, cells: record };
  });
}

/** The table read with the delimiter and header map (the first of `maps` on a tie) that recognise most columns. */
export function readTable(text: string, maps: NamedMap[]): CsvTable {
  let chosen: { delimiter: string; rows: RawRow[]; index: number; score: number; map: NamedMap } | undefined;
  let commaError: Error | undefined;
  for (const delimiter of DELIMITERS) {
    let rows: RawRow[];
    try {
      rows = parseRows(text, delimiter);
    } catch (e) {
      // Quotes in a semicolon file trip the comma reading and the other way round: only the comma error is news.
      if (delimiter === ',') commaError = e as Error;
      continue;
    }
    for (const map of maps) {
      const header = findHeader(rows, map.map);
      if (header.score > (chosen?.score ?? 0)) chosen = { delimiter, rows, map, ...header };
    }
  }
  if (!chosen) {
    if (commaError) throw new CsvError(t(`không phải tệp CSV đọc được: ${commaError.message}`, `not a readable CSV file: ${commaError.message}`));
    throw new CsvError(NO_HEADER);
  }
  return { delimiter: chosen.delimiter, mapName: chosen.map.name, ...tableFrom(chosen.rows, chosen.index, chosen.map.map, 'line') };
}
