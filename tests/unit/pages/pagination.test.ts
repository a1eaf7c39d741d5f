import { describe, expect, it } from 'vitest';
import { pageCount, pageItems, pageNumbers, pageWindow } from '../../../src/lib/pages/pagination';

describe('pagination', () => {
  it('fills pages of 24 and keeps one page for an empty list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(24)).toBe(1);
    expect(pageCount(25)).toBe(2);
    expect(pageNumbers(49)).toEqual([1, 2, 3]);
    expect(pageItems(Array.from({ length: 30 }, (_, i) => i), 2)).toEqual([24, 25, 26, 27, 28, 29]);
  });

  it('links every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('links the first, the last and two pages either side of the current one, with gaps between', () => {
    expect(pageWindow(1, 417)).toEqual([1, 2, 3, 'gap', 417]);
    expect(pageWindow(200, 417)).toEqual([1, 'gap', 198, 199, 200, 201, 202, 'gap', 417]);
    expect(pageWindow(417, 417)).toEqual([1, 'gap', 415, 416, 417]);
  });

  it('never puts a gap where a single page would fit', () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 10]);
    expect(pageWindow(7, 10)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 10]);
  });

  it('links the same number of pages whatever the length of the list', () => {
    const sizes = [100, 1_000, 100_000].map((count) => Math.max(...Array.from({ length: count }, (_, i) => pageWindow(i + 1, count).length)));
    expect(new Set(sizes)).toEqual(new Set([9]));
  });
});
