import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../src/lib/charts';

describe('layoutBarChart', () => {
  const data = [
    { label: 'Thực phẩm', value: 40 },
    { label: 'Đồ uống', value: 10 },
    { label: 'Thảo dược', value: 0 },
  ];

  it('gives the largest value the full width left after the room for values', () => {
    const chart = layoutBarChart(data, { width: 400, valueSpace: 50 });
    expect(chart.bars[0]!.barWidth).toBe(350);
    expect(chart.bars[1]!.barWidth).toBe(87.5);
  });

  it('draws a zero as a hairline rather than nothing', () => {
    expect(layoutBarChart(data).bars[2]!.barWidth).toBe(1);
  });

  it('stacks rows downwards, each label above its bar, all inside the drawing', () => {
    const chart = layoutBarChart(data);
    const ys = chart.bars.map((b) => b.labelY);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const b of chart.bars) {
      expect(b.labelY).toBeLessThanOrEqual(b.barY);
      expect(b.barY + chart.barHeight).toBeLessThanOrEqual(chart.height);
      expect(b.valueX + 40).toBeLessThanOrEqual(chart.width);
    }
  });

  it('copes with no data and with all zeros', () => {
    expect(layoutBarChart([]).bars).toEqual([]);
    expect(layoutBarChart([{ label: 'a', value: 0 }]).bars[0]!.barWidth).toBe(1);
  });
});
