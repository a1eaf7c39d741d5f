import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../../src/lib/pages/charts';

describe('layoutBarChart', () => {
  const data = [
    { label: 'Thực phẩm', value: 40 },
    { label: 'Đồ uống', value: 10 },
    { label: 'Thảo dược', value: 0 },
  ];

  it('gives the largest value the full row and the others their share of it, in percent (the drawing stretches, its text does not scale)', () => {
    const chart = layoutBarChart(data);
    expect(chart.bars.map((b) => b.barWidth)).toEqual(['100%', '25%', '1']);
    expect(chart.bars[1]!.share).toBe(0.25);
  });

  it('draws a zero as a hairline rather than nothing, and a tiny value as a sliver', () => {
    expect(layoutBarChart(data).bars[2]!.barWidth).toBe('1');
    expect(layoutBarChart([{ label: 'a', value: 1000 }, { label: 'b', value: 1 }]).bars[1]!.barWidth).toBe('0.5%');
  });

  it('writes a long bar’s value inside its end and a short bar’s after it, so a value never runs off a narrow screen', () => {
    const [long, short] = layoutBarChart([{ label: 'a', value: 100 }, { label: 'b', value: 75 }]).bars;
    expect(long).toMatchObject({ valueInside: true, valueX: '100%', valueAnchor: 'end' });
    expect(long!.valueDx).toBeLessThan(0);
    expect(short).toMatchObject({ valueInside: false, valueX: '75%', valueAnchor: 'start' });
    expect(short!.valueDx).toBeGreaterThan(0);
  });

  it('copes with no data and with all zeros', () => {
    expect(layoutBarChart([]).bars).toEqual([]);
    expect(layoutBarChart([{ label: 'a', value: 0 }]).bars[0]).toMatchObject({ barWidth: '1', valueInside: false });
  });
});
