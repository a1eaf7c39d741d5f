// Reads an official list saved as CSV into rows of cells keyed by column, each with its line in the file.
// Excel saves "CSV UTF-8" with a BOM, and with ";" where the system uses a decimal comma (Vietnamese
// Windows does), so the delimiter is whichever one yields a recognisable header row.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { HeaderMap } from './columns.ts';
import { findHeader, NO_HEADER_MESSAGE, tableFrom, TableError, type RawRow, type Table } from './table.ts';

export class CsvError extends Error {}

export interface CsvTable extends Table {
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'];

/** The file as text; anything but UTF-8 is refused rather than read as mojibake. */
export function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new CsvError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError(`${file} is not UTF-8 text: in Excel use "Save as… CSV UTF-8 (Comma delimited)"`);
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

export function readTable(text: string, map: HeaderMap): CsvTable {
  let chosen: { delimiter: string; rows: RawRow[]; index: number; score: number } | undefined;
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
    const header = findHeader(rows, map);
    if (header.score > (chosen?.score ?? 0)) chosen = { delimiter, rows, ...header };
  }
  if (!chosen) {
    if (commaError) throw new CsvError(`not a readable CSV file: ${commaError.message}`);
    throw new CsvError(NO_HEADER_MESSAGE);
  }

  try {
    return { delimiter: chosen.delimiter, ...tableFrom(chosen.rows, chosen.index, map, 'line') };
  } catch (e) {
    if (e instanceof TableError) throw new CsvError(e.message);
    throw e;
  }
}
