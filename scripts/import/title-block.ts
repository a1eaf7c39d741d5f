// What the title block above an annex's table says about every row: the decision it is annexed to
// ("Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/10/2025 của UBND tỉnh"), the body that issued it (that
// "của …", else the letterhead "UBND TỈNH QUẢNG NAM"), and whether it lists certified products ("DANH
// SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN…") rather than products proposed ("đề nghị công nhận").
import { nameKey } from '../../src/lib/content/slug.ts';
import { parseDecisionCell } from './values.ts';

export interface TitleBlock {
  decision?: string;
  /** The decision's date as printed. */
  dateText?: string;
  /** The body that issued it, as printed. */
  issuer?: string;
  /** The title says the list is of products certified ("công nhận"), not proposed. */
  certified: boolean;
  /** The line the decision was read from, to quote in the report. */
  decisionLine?: string;
}

const ANNEXED_TO = /(?:kèm theo|ban hành kèm)\s+(?:quyết định|qđ)(?![\p{L}\p{N}])/iu;
const LETTERHEAD = /^(?:ubnd|uy ban nhan dan|bo|thu tuong chinh phu)\b/;

/** Reads the lines above the header row, in order. */
export function readTitleBlock(lines: string[]): TitleBlock {
  const block: TitleBlock = { certified: false };
  for (const line of lines) {
    const key = nameKey(line);
    if (ANNEXED_TO.test(line) && block.decisionLine === undefined) {
      const text = line.replace(/^[\s(]+|[\s)]+$/g, '').replace(/^.*?(?:kèm theo|ban hành kèm)\s+/iu, '');
      const cell = parseDecisionCell(text);
      if (cell.decision || cell.dateText) {
        block.decision = cell.decision;
        block.dateText = cell.dateText;
        block.decisionLine = line;
      }
      if (cell.issuer) block.issuer = cell.issuer;
    } else if (block.issuer === undefined && LETTERHEAD.test(key) && !/\bcong hoa\b/.test(key)) {
      // The letterhead, "UBND TỈNH QUẢNG NAM" (the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is not one).
      block.issuer = line;
    }
    if (/\bcong nhan\b/.test(key) && !/\b(?:de nghi|de xuat|du kien)\s+(?:xet\s+)?cong nhan\b/.test(key)) block.certified = true;
  }
  return block;
}
