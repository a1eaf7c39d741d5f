// Order of the programme's published figures, and which of them are totals of certified products.
// A figure has a sortDate only when a source gives its date or period; an undated figure (e.g. "round
// 1 of 2022", whose decision date no source gives) keeps the place the editor gave it in figures.json:
// it sorts with the next dated figure after it of the same series (the province, the country, or one
// district). Only a total of certified products (counts: total, the default) is charted or compared
// with the catalogue: a round's count or a count of participants is a different quantity.

export interface Orderable {
  sortDate?: string;
}

/** Figures by sortDate; an undated one takes the key of the next dated figure in file order (else last). */
export function orderFigures<T extends Orderable>(figures: readonly T[]): T[] {
  const keys: string[] = new Array(figures.length);
  let next = '9999-12-31';
  for (let i = figures.length - 1; i >= 0; i--) {
    const own = figures[i]!.sortDate;
    if (own) next = own;
    keys[i] = own ?? next;
  }
  return figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => keys[a.i]!.localeCompare(keys[b.i]!) || a.i - b.i)
    .map(({ f }) => f);
}

export interface SeriesFigure extends Orderable {
  scope: string;
  district?: string;
  counts?: 'total' | 'round' | 'participants';
  products?: number;
}

/** The series a figure belongs to: the province, the country, or one district. */
export const seriesOf = (f: SeriesFigure): string => (f.scope === 'district' ? `district:${f.district}` : f.scope);

/** Each series ordered on its own (see orderFigures), series in the order they first appear. */
export function orderFigureSeries<T extends SeriesFigure>(figures: readonly T[]): T[] {
  const series = new Map<string, T[]>();
  for (const f of figures) {
    const key = seriesOf(f);
    const list = series.get(key);
    if (list) list.push(f);
    else series.set(key, [f]);
  }
  return [...series.values()].flatMap((list) => orderFigures(list));
}

/** A total of certified products up to its date: what can be charted and compared with the catalogue. */
export const isCertifiedTotal = <T extends SeriesFigure>(f: T): f is T & { products: number } =>
  (f.counts ?? 'total') === 'total' && f.products !== undefined;

/** The latest certified total of an ordered series, if any. */
export function latestCertifiedTotal<T extends SeriesFigure>(ordered: readonly T[]): (T & { products: number }) | undefined {
  return ordered.filter(isCertifiedTotal).at(-1);
}
