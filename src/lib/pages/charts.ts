// Layout of a static horizontal bar chart, drawn at build time: no chart library, no script.
// Each label is text on its own line above its bar (it wraps, at the page's size, whatever the
// screen), and each bar is drawn across the full width of its row in percent, so the drawing
// stretches to the screen without scaling its numbers: they keep their size on a 360 px phone.

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /**
   * Above this share of the longest bar, the value is written inside the bar's end (light on the
   * bar): the room left after it may be too narrow on a phone. At or below it, after the bar.
   */
  insideFrom?: number;
}

export interface PlacedBar<T extends BarDatum> {
  datum: T;
  /** The bar's length as a share of the row (0–1); 0 for a zero. */
  share: number;
  /** SVG length of the bar: a percentage of the row, or a 1-unit hairline for a zero. */
  barWidth: string;
  /** Where the value is written: just inside the bar's end, or just after it. */
  valueInside: boolean;
  /** SVG x of the value (the bar's end) and its offset and anchor from there. */
  valueX: string;
  valueDx: number;
  valueAnchor: 'start' | 'end';
}

export interface BarChart<T extends BarDatum> {
  bars: PlacedBar<T>[];
}

const VALUE_GAP = 6;

export function layoutBarChart<T extends BarDatum>(data: readonly T[], options: BarChartOptions = {}): BarChart<T> {
  const { insideFrom = 0.75 } = options;
  const max = Math.max(0, ...data.map((d) => d.value));
  const bars = data.map((datum): PlacedBar<T> => {
    const share = max > 0 && datum.value > 0 ? datum.value / max : 0;
    // A zero still gets a hairline, so the row does not look like missing data; a tiny value a sliver.
    const barWidth = share > 0 ? `${round(Math.max(share * 100, 0.5))}%` : '1';
    const valueInside = share > insideFrom;
    return {
      datum,
      share,
      barWidth,
      valueInside,
      valueX: barWidth,
      valueDx: valueInside ? -VALUE_GAP : VALUE_GAP,
      valueAnchor: valueInside ? 'end' : 'start',
    };
  });
  return { bars };
}

const round = (n: number) => Math.round(n * 10) / 10;
