// Geometry of a static horizontal bar chart, drawn at build time: no chart library, no script.
// Each label sits on its own line above its bar, so long Vietnamese names never get cut.

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** Width of the drawing in SVG units. */
  width?: number;
  fontSize?: number;
  barHeight?: number;
  /** Room kept right of the longest bar for its value. */
  valueSpace?: number;
}

export interface PlacedBar<T extends BarDatum> {
  datum: T;
  /** Baseline of the label. */
  labelY: number;
  barY: number;
  barWidth: number;
  /** Baseline and start of the value written after the bar. */
  valueX: number;
  valueY: number;
}

export interface BarChart<T extends BarDatum> {
  width: number;
  height: number;
  fontSize: number;
  barHeight: number;
  bars: PlacedBar<T>[];
}

export function layoutBarChart<T extends BarDatum>(data: readonly T[], options: BarChartOptions = {}): BarChart<T> {
  const { width = 440, fontSize = 14, barHeight = 16, valueSpace = 56 } = options;
  const gap = Math.round(fontSize * 0.35);
  const rowHeight = fontSize + gap + barHeight + fontSize;
  const max = Math.max(0, ...data.map((d) => d.value));
  const scale = max > 0 ? (width - valueSpace) / max : 0;
  const bars = data.map((datum, i): PlacedBar<T> => {
    const top = i * rowHeight;
    const barY = top + fontSize + gap;
    // A zero still gets a hairline, so the row does not look like missing data.
    const barWidth = datum.value > 0 ? Math.max(2, round(datum.value * scale)) : 1;
    return {
      datum,
      labelY: top + fontSize,
      barY,
      barWidth,
      valueX: barWidth + 6,
      valueY: barY + barHeight / 2 + fontSize * 0.35,
    };
  });
  return { width, height: data.length ? rowHeight * data.length - fontSize + 2 : 1, fontSize, barHeight, bars };
}

const round = (n: number) => Math.round(n * 10) / 10;
