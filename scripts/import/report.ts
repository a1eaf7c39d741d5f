// What the import tells the editor: one line per row that did something or was refused, then a summary.
import type { CertificateData } from '../../src/lib/schema.ts';
import type { ImportPlan, PlannedFile, RowOutcome } from './plan.ts';

export interface Summary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  headings: number;
}

export function summarise(outcomes: RowOutcome[]): Summary {
  const count = (kind: RowOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), rejected: count('rejected'), headings: count('heading') };
}

function describeCertificate(c: CertificateData): string {
  const when = c.date ?? (c.year !== undefined ? String(c.year) : 'no date');
  return [`${c.stars}★`, c.level, c.decision, when].filter(Boolean).join(', ');
}

/**
 * Lines for the editor; `where` names the file (and the sheet of a workbook), `unit` what a row number
 * counts: "line" of a CSV file, "row" of a sheet. Rejections go to the error stream.
 */
export function outcomeLine(where: string, o: RowOutcome, dryRun: boolean, unit = 'line'): { text: string; error: boolean } | undefined {
  const at = `${where}, ${unit} ${o.line}`;
  const would = (done: string, todo: string) => (dryRun ? `would ${todo}` : done);
  switch (o.kind) {
    case 'created':
      return {
        text: `${at}: ${would('created', 'create')} ${o.product}${o.producerCreated ? ` and producer ${o.producer}` : ` (producer ${o.producer})`}`,
        error: false,
      };
    case 'updated':
      return { text: `${at}: ${would('added', 'add')} certificate ${describeCertificate(o.certificate)} to ${o.product}`, error: false };
    case 'unchanged':
      return o.duplicateOf !== undefined ? { text: `${at}: unchanged, same as ${unit} ${o.duplicateOf}`, error: false } : undefined;
    case 'rejected':
      return { text: `${at}: rejected: ${o.reasons.join('; ')}`, error: true };
    case 'heading':
      return { text: `${at}: heading ${JSON.stringify(o.text)}${o.district ? `: district ${o.district} for the rows below` : ' passed over'}`, error: false };
  }
}

function fileCounts(files: PlannedFile[]): string {
  const n = (collection: PlannedFile['collection'], action: PlannedFile['action']) => files.filter((f) => f.collection === collection && f.action === action).length;
  const parts = [
    [n('products', 'create'), 'product file(s) created'],
    [n('producers', 'create'), 'producer file(s) created'],
    [n('products', 'update'), 'product file(s) updated'],
  ].filter(([count]) => (count as number) > 0);
  return parts.length ? parts.map(([count, what]) => `${count} ${what}`).join(', ') : 'no file changed';
}

export function summaryLines(plan: ImportPlan, dryRun: boolean): string[] {
  const s = summarise(plan.outcomes);
  const lines = [
    `${dryRun ? 'Dry run, nothing written. ' : ''}Rows: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected${s.headings ? ` (${s.headings} heading row(s) read)` : ''}.`,
    `Files: ${dryRun ? fileCounts(plan.files).replace(/\b(created|updated)\b/g, 'to be $1') : fileCounts(plan.files)}.`,
  ];
  if (s.rejected > 0) lines.push('Fix the rejected rows (or pass the missing options) and run the import again: rows already imported stay unchanged.');
  return lines;
}
