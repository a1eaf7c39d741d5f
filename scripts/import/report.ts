// What the import tells the editor, in Vietnamese or English: one line per row that did something, was
// refused or left alone, one line per disagreement or note, then a summary.
import type { CertificateData } from '../../src/lib/content/schema.ts';
import type { ImportPlan, PlannedFile, RowOutcome } from './plan.ts';
import type { Lang } from './text.ts';

export interface Summary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  ambiguous: number;
  headings: number;
}

export function summarise(outcomes: RowOutcome[]): Summary {
  const count = (kind: RowOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    rejected: count('rejected'),
    ambiguous: count('ambiguous'),
    headings: count('heading'),
  };
}

function describeCertificate(c: CertificateData, lang: Lang): string {
  const vi = lang === 'vi';
  const stars = c.stars ? `${c.stars}★` : vi ? 'chưa rõ hạng sao' : 'star level not stated';
  const unknown = c.notAfter ? (vi ? `không rõ ngày, không muộn hơn ${c.notAfter}` : `date unknown, no later than ${c.notAfter}`) : vi ? 'không rõ ngày' : 'date unknown';
  const when = c.date ?? (c.year !== undefined ? String(c.year) : unknown);
  return [stars, c.level, c.decision, when].filter(Boolean).join(', ');
}

export interface ReportLine {
  text: string;
  error: boolean;
}

/**
 * Lines for the editor; `where` names the file (and the sheet of a workbook), `unit` what a row number
 * counts: "line" of a CSV file, "row" of a sheet. Rejections and rows left alone go to the error stream.
 */
export function outcomeLines(where: string, o: RowOutcome, dryRun: boolean, lang: Lang, unit: 'line' | 'row' = 'line'): ReportLine[] {
  const vi = lang === 'vi';
  const at = `${where}, ${vi ? (unit === 'row' ? 'hàng' : 'dòng') : unit} ${o.line}`;
  const would = (doneVi: string, todoVi: string, doneEn: string, todoEn: string) => (vi ? (dryRun ? `sẽ ${todoVi}` : doneVi) : dryRun ? `would ${todoEn}` : doneEn);
  const lines: ReportLine[] = [];
  const out = (text: string) => lines.push({ text, error: false });
  switch (o.kind) {
    case 'created': {
      const producer = o.producer
        ? o.producerCreated
          ? vi ? ` và chủ thể ${o.producer}` : ` and producer ${o.producer}`
          : vi ? ` (chủ thể ${o.producer})` : ` (producer ${o.producer})`
        : vi ? ' (không có chủ thể)' : ' (no producer)';
      const cert = o.certificate ? (vi ? `, chứng nhận ${describeCertificate(o.certificate, lang)}` : `, certificate ${describeCertificate(o.certificate, lang)}`) : '';
      out(`${at}: ${would('đã tạo', 'tạo', 'created', 'create')} ${o.product}${producer}${cert}`);
      break;
    }
    case 'updated':
      out(`${at}: ${would('đã thêm', 'thêm', 'added', 'add')} ${vi ? 'chứng nhận' : 'certificate'} ${describeCertificate(o.certificate, lang)} ${vi ? 'vào' : 'to'} ${o.product}`);
      break;
    case 'unchanged':
      if (o.duplicateOf !== undefined) out(vi ? `${at}: không đổi, giống ${unit === 'row' ? 'hàng' : 'dòng'} ${o.duplicateOf}` : `${at}: unchanged, same as ${unit} ${o.duplicateOf}`);
      else if (o.notes.length > 0) out(vi ? `${at}: không đổi (${o.product})` : `${at}: unchanged (${o.product})`);
      break;
    case 'rejected':
      lines.push({ text: `${at}: ${vi ? 'từ chối' : 'rejected'}: ${o.reasons.map((r) => r[lang]).join('; ')}`, error: true });
      break;
    case 'ambiguous':
      lines.push({ text: `${at}: ${vi ? 'để lại, không sửa' : 'left alone'}: ${o.reason[lang]}`, error: true });
      break;
    case 'heading':
      out(
        vi
          ? `${at}: dòng tiêu đề nhóm ${JSON.stringify(o.text)}${o.district ? `: huyện ${o.district} cho các dòng bên dưới` : ', bỏ qua'}`
          : `${at}: heading ${JSON.stringify(o.text)}${o.district ? `: district ${o.district} for the rows below` : ' passed over'}`,
      );
      break;
  }
  if ('notes' in o) {
    for (const n of o.notes) out(`${at}: ${n.kind === 'differs' ? (vi ? 'khác' : 'differs') : vi ? 'ghi chú' : 'note'}: ${n.text[lang]}`);
  }
  return lines;
}

function fileCounts(files: PlannedFile[], dryRun: boolean, lang: Lang): string {
  const n = (collection: PlannedFile['collection'], action: PlannedFile['action']) => files.filter((f) => f.collection === collection && f.action === action).length;
  const vi = lang === 'vi';
  const parts: [number, string][] = (
    [
      [n('products', 'create'), vi ? (dryRun ? 'tệp sản phẩm sẽ tạo' : 'tệp sản phẩm đã tạo') : dryRun ? 'product file(s) to be created' : 'product file(s) created'],
      [n('producers', 'create'), vi ? (dryRun ? 'tệp chủ thể sẽ tạo' : 'tệp chủ thể đã tạo') : dryRun ? 'producer file(s) to be created' : 'producer file(s) created'],
      [n('products', 'update'), vi ? (dryRun ? 'tệp sản phẩm sẽ sửa' : 'tệp sản phẩm đã sửa') : dryRun ? 'product file(s) to be updated' : 'product file(s) updated'],
    ] as [number, string][]
  ).filter(([count]) => count > 0);
  if (parts.length === 0) return vi ? 'không tệp nào thay đổi' : 'no file changed';
  return parts.map(([count, what]) => `${count} ${what}`).join(', ');
}

export function summaryLines(plan: ImportPlan, dryRun: boolean, lang: Lang): string[] {
  const s = summarise(plan.outcomes);
  if (lang === 'vi') {
    const lines = [
      `${dryRun ? 'Chạy thử, không ghi gì. ' : ''}Dòng: ${s.created} tạo mới, ${s.updated} thêm chứng nhận, ${s.unchanged} không đổi, ${s.rejected} từ chối, ${s.ambiguous} để lại${s.headings ? ` (đã đọc ${s.headings} dòng tiêu đề nhóm)` : ''}.`,
      `Tệp: ${fileCounts(plan.files, dryRun, lang)}.`,
    ];
    if (s.rejected + s.ambiguous > 0) lines.push('Sửa các dòng bị từ chối hoặc để lại (hoặc thêm tùy chọn còn thiếu) rồi chạy lại: các dòng đã nhập sẽ không đổi.');
    return lines;
  }
  const lines = [
    `${dryRun ? 'Dry run, nothing written. ' : ''}Rows: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected, ${s.ambiguous} left alone${s.headings ? ` (${s.headings} heading row(s) read)` : ''}.`,
    `Files: ${fileCounts(plan.files, dryRun, lang)}.`,
  ];
  if (s.rejected + s.ambiguous > 0) lines.push('Fix the rejected rows and those left alone (or pass the missing options) and run the import again: rows already imported stay unchanged.');
  return lines;
}
