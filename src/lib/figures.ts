// Order of the programme's published figures. A figure has a sortDate only when a source gives its
// date or period; an undated figure (e.g. "round 1 of 2022", whose decision date no source gives)
// keeps the place the editor gave it in figures.json: it sorts with the next dated figure after it.

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
