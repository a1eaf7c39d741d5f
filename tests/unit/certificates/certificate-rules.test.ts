// Who certifies what, when (src/lib/certificates/certifying-level.ts), and when two entries are one certificate
// (src/lib/certificates/certificate-identity.ts): the rules the content check and the import share.
import { describe, expect, it } from 'vitest';
import { decisionKey, duplicatePairs, restates, sameCertificate, sameDecisionNumber } from '../../../src/lib/certificates/certificate-identity';
import { levelConflict, levelFromIssuer, levelFromStars } from '../../../src/lib/certificates/certifying-level';

const isDistrict = (name: string) => ['tam ky', 'hoi an'].includes(name);

describe('levelFromStars', () => {
  it('gives 3★ to the province before 24/02/2023 and from 1 July 2025, to the district in between', () => {
    expect(levelFromStars(3, { date: '2023-02-23' })).toBe('province');
    expect(levelFromStars(3, { date: '2023-02-24' })).toBe('district');
    expect(levelFromStars(3, { date: '2025-06-30' })).toBe('district');
    expect(levelFromStars(3, { date: '2025-07-01' })).toBe('province');
    expect(levelFromStars(3, { date: '2025-10-15' })).toBe('province');
    expect(levelFromStars(3, { year: 2024 })).toBe('district');
    expect(levelFromStars(3, { year: 2026 })).toBe('province');
  });

  it('leaves a 3★ known only by a year that straddles a change without a level', () => {
    expect(levelFromStars(3, { year: 2023 })).toBeUndefined();
    expect(levelFromStars(3, { year: 2025 })).toBeUndefined();
    expect(levelFromStars(3, {})).toBeUndefined();
  });

  it('always gives 4★ to the province and 5★ to the national level', () => {
    expect(levelFromStars(4, { date: '2025-10-15' })).toBe('province');
    expect(levelFromStars(5, {})).toBe('national');
  });
});

describe('levelFromIssuer', () => {
  it('reads the body that signs the decision', () => {
    expect(levelFromIssuer('UBND tỉnh Quảng Nam', isDistrict)).toBe('province');
    expect(levelFromIssuer('của UBND tỉnh', isDistrict)).toBe('province');
    expect(levelFromIssuer('ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', isDistrict)).toBe('province');
    expect(levelFromIssuer('UBND thành phố Hội An', isDistrict)).toBe('district');
    expect(levelFromIssuer('UBND huyện Tiên Phước', isDistrict)).toBe('district');
    expect(levelFromIssuer('UBND thị xã Điện Bàn', isDistrict)).toBe('district');
    expect(levelFromIssuer('Bộ Nông nghiệp và Môi trường', isDistrict)).toBe('national');
    expect(levelFromIssuer('Thủ tướng Chính phủ', isDistrict)).toBe('national');
    expect(levelFromIssuer('Sở Nông nghiệp', isDistrict)).toBeUndefined();
  });
});

describe('levelConflict', () => {
  it('refuses a district level from 1 July 2025, whatever the stars', () => {
    expect(levelConflict('district', 3, { date: '2025-07-01' })?.kind).toBe('abolished');
    expect(levelConflict('district', undefined, { year: 2026 })?.kind).toBe('abolished');
    expect(levelConflict('district', 3, { date: '2025-06-30' })).toBeUndefined();
    expect(levelConflict('district', 3, { year: 2025 })).toBeUndefined();
  });

  it('refuses a level that does not certify the stars', () => {
    expect(levelConflict('district', 4, { date: '2024-01-01' })?.kind).toBe('stars');
    expect(levelConflict('province', 5, {})?.message).toBe('5★ is certified at national level');
    expect(levelConflict('province', 3, { date: '2025-10-15' })).toBeUndefined();
  });
});

describe('decision numbers', () => {
  it('normalises the forms lists print', () => {
    expect(decisionKey('3610/QĐ-UBND')).toEqual({ number: '3610', suffix: 'qdubnd' });
    expect(decisionKey('Quyết định số 3610/QĐ-UBND')).toEqual({ number: '3610', suffix: 'qdubnd' });
    expect(decisionKey('QĐ 014')).toEqual({ number: '14', suffix: '' });
    expect(decisionKey('ngày 22/12/2023')).toBeUndefined();
  });

  it('takes a bare number for the same decision, but not another suffix', () => {
    expect(sameDecisionNumber('3610', '3610/QĐ-UBND')).toBe(true);
    expect(sameDecisionNumber('3610/QĐ-UBND', '3610/qđ-ubnd')).toBe(true);
    expect(sameDecisionNumber('3610/QĐ-UBND', '3610/QĐ-BNN')).toBe(false);
    expect(sameDecisionNumber('3610', '3611')).toBe(false);
  });
});

describe('sameCertificate and restates', () => {
  const known = { stars: 4 as const, decision: '3610/QĐ-UBND', date: '2022-12-29' };

  it('is the same certificate by its decision at a compatible date, or by its stars and date', () => {
    expect(sameCertificate(known, { stars: 4, decision: '3610', year: 2022 })).toBe(true);
    // Numbers restart every year: 14/QĐ-UBND of 2020 is not 14/QĐ-UBND of 2023.
    expect(sameCertificate({ decision: '14/QĐ-UBND', date: '2020-01-03' }, { decision: '14/QĐ-UBND', date: '2023-01-05' })).toBe(false);
    expect(sameCertificate(known, { stars: 4, date: '2022-12-29' })).toBe(true);
    expect(sameCertificate(known, { stars: 3, date: '2022-12-29' })).toBe(false);
    expect(sameCertificate(known, { stars: 4, year: 2022 })).toBe(false);
  });

  it('sees a vaguer restatement of a known certificate', () => {
    expect(restates({ stars: 4, year: 2022 }, known)).toBe(true);
    expect(restates({ stars: 4, dateUnknown: true }, known)).toBe(true);
    expect(restates({ starsUnknown: true, date: '2022-12-29' }, known)).toBe(true);
    expect(restates({ stars: 4, dateUnknown: true, notAfter: '2022-06-01' }, known)).toBe(false);
    expect(restates({ stars: 3, year: 2022 }, known)).toBe(false);
    expect(restates({ stars: 4, year: 2023 }, known)).toBe(false);
    expect(restates({ stars: 4, decision: '3611', year: 2022 }, known)).toBe(false);
  });

  it('lists each entry that repeats an earlier one', () => {
    expect(duplicatePairs([known, { stars: 3, year: 2019 }, { stars: 4, decision: '3610', year: 2022 }, { stars: 3, year: 2019 }])).toEqual([[0, 2]]);
  });
});
