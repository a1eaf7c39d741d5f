// The numbers of a Vietnamese text and of its English translation (src/lib/content/translation-numbers.ts).
import { describe, expect, it } from 'vitest';
import { compareNumbers, describeNumberMismatch, numbersIn, numberWordsIn } from '../../../src/lib/content/translation-numbers';

const agree = (vi: string, en: string) => expect(compareNumbers(vi, en)).toEqual({ missingInEnglish: [], notInVietnamese: [] });

describe('numbersIn', () => {
  it('finds years, stars, scores, quantities and decision numbers, each once', () => {
    expect([...numbersIn('Quyết định 3610/QĐ-UBND năm 2019: 3 sao, 72,5 điểm, 3 sản phẩm', 'vi')].sort()).toEqual(['2019', '3', '3610', '725']);
  });

  it('compares a number by its digits: decimal commas and thousands separators may be rewritten', () => {
    expect(numbersIn('61,48 km², 98.599 người', 'vi')).toEqual(new Set(['6148', '98599']));
    expect(numbersIn('61.48 km², 98,599 people', 'en')).toEqual(new Set(['6148', '98599']));
  });

  it('drops leading zeros, so 02/10/2026 has the numbers of 2 October 2026', () => {
    expect(numbersIn('02/10/2026', 'vi')).toEqual(new Set(['2', '10', '2026']));
    expect(numbersIn('2 October 2026', 'en')).toEqual(new Set(['2', '10', '2026']));
  });

  it('reads English month names as their numbers, "May" only next to a day or a year', () => {
    expect(numbersIn('29 December 2022, Sept. 5, August 2021, in July', 'en')).toEqual(new Set(['29', '12', '2022', '9', '5', '8', '2021', '7']));
    expect(numbersIn('May 2021', 'en')).toEqual(new Set(['5', '2021']));
    expect(numbersIn('the source may be wrong', 'en')).toEqual(new Set());
    // Month names mean nothing in a Vietnamese text.
    expect(numbersIn('December', 'vi')).toEqual(new Set());
  });

  it('leaves out digits glued after a letter: they belong to a code copied whole (UBTVQH15)', () => {
    expect(numbersIn('Nghị quyết 1241/NQ-UBTVQH15', 'vi')).toEqual(new Set(['1241']));
  });

  it('keeps a number glued before letters (500ml, 4th)', () => {
    expect(numbersIn('500ml, the 4th', 'en')).toEqual(new Set(['500', '4']));
  });
});

describe('numberWordsIn', () => {
  it('finds small numbers written as words, whole words only', () => {
    expect(numberWordsIn('five products, twice', 'en')).toEqual(new Set(['5', '2']));
    expect(numberWordsIn('someone', 'en')).toEqual(new Set());
    expect(numberWordsIn('hai sản phẩm', 'vi')).toEqual(new Set(['2']));
  });

  it('leaves out Vietnamese words that are more often something else (năm is also "year")', () => {
    expect(numberWordsIn('năm 2019, không rõ, đầu tư', 'vi')).toEqual(new Set());
  });
});

describe('compareNumbers', () => {
  it('accepts a faithful translation: dates rewritten, numbers kept, decision numbers copied', () => {
    agree(
      'Sản phẩm được tỉnh công nhận OCOP 3 sao năm 2019 (Quyết định 3610/QĐ-UBND ngày 29/12/2022), theo bài báo tháng 8/2021.',
      'The province certified it OCOP 3-star in 2019 (Decision 3610/QĐ-UBND of 29 December 2022), according to an August 2021 article.',
    );
    agree('Hội An rộng 61,48 km², dân số 98.599 người năm 2019.', 'Hội An covers 61.48 km², with 98,599 inhabitants in 2019.');
    agree('Từ ngày 1/7/2025', 'Since 1 July 2025');
  });

  it('accepts a small number written as a word on either side', () => {
    agree('một trong 5 sản phẩm', 'one of five products');
    agree('hai nguồn chưa thống nhất', 'the 2 sources disagree');
  });

  it('names the numbers the English text lost and the ones it added', () => {
    const c = compareNumbers('OCOP 4 sao năm 2019, điểm 72,5', 'OCOP 3-star in 2020, score 72.5');
    expect(c).toEqual({ missingInEnglish: ['4', '2019'], notInVietnamese: ['3', '2020'] });
    expect(describeNumberMismatch(c)).toBe('not in the English text: 4, 2019; not in the Vietnamese text: 3, 2020');
    expect(describeNumberMismatch(compareNumbers('3 sao', '3 stars'))).toBeUndefined();
  });

  it('finds a wrong day in a rewritten date', () => {
    expect(compareNumbers('ngày 29/12/2022', '28 December 2022')).toEqual({ missingInEnglish: ['29'], notInVietnamese: ['28'] });
    expect(compareNumbers('ngày 29/12/2022', '29 November 2022')).toEqual({ missingInEnglish: ['12'], notInVietnamese: ['11'] });
  });
});
