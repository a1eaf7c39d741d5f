import { describe, expect, it } from 'vitest';
import {
  certificateStatus,
  currentCertificate,
  currentStars,
  lastRating,
  statusFact,
  validUntil,
  type Certificate,
} from '../../../src/lib/certificates/certificate';
import { addMonths, today } from '../../../src/lib/certificates/dates';

const dated = (date: string, stars: 3 | 4 | 5 = 3): Certificate => ({ stars, date, level: 'province' });

describe('validUntil', () => {
  it('is the decision date plus 36 months', () => {
    expect(validUntil('2022-12-29')).toBe('2025-12-29');
  });
  it('turns 29 February into 28 February three years later', () => {
    expect(validUntil('2024-02-29')).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });
});

describe('certificateStatus', () => {
  const cert = dated('2022-12-29');
  it('is valid well before expiry', () => {
    expect(certificateStatus(cert, '2024-06-01')).toBe('valid');
  });
  it('is expiring within 90 days of the last valid day', () => {
    expect(certificateStatus(cert, '2025-09-30')).toBe('valid');
    expect(certificateStatus(cert, '2025-10-01')).toBe('expiring');
  });
  it('is still in force on the day before and on the last valid day, expired the day after', () => {
    expect(certificateStatus(cert, '2025-12-28')).toBe('expiring');
    expect(certificateStatus(cert, '2025-12-29')).toBe('expiring');
    expect(certificateStatus(cert, '2025-12-30')).toBe('expired');
  });
  it('handles a 29 February decision', () => {
    const leap = dated('2024-02-29');
    expect(certificateStatus(leap, '2027-02-28')).toBe('expiring');
    expect(certificateStatus(leap, '2027-03-01')).toBe('expired');
  });
  it('is revoked from the revocation date on', () => {
    const revoked: Certificate = { ...cert, revoked: { date: '2024-01-10' } };
    expect(certificateStatus(revoked, '2024-01-09')).toBe('valid');
    expect(certificateStatus(revoked, '2024-01-10')).toBe('revoked');
  });
});

describe('year-only certificates', () => {
  const y2022: Certificate = { stars: 3, year: 2022 };
  it('are valid while the whole window is ahead', () => {
    expect(certificateStatus(y2022, '2024-12-31')).toBe('valid');
  });
  it('are valid on the earliest possible last day, unknown once it has passed', () => {
    expect(certificateStatus(y2022, '2025-01-01')).toBe('valid');
    expect(certificateStatus(y2022, '2025-01-02')).toBe('unknown');
    expect(certificateStatus(y2022, '2025-12-31')).toBe('unknown');
  });
  it('are expired once the whole window is past', () => {
    expect(certificateStatus(y2022, '2026-01-01')).toBe('expired');
  });
  it('say during which year they expire while valid', () => {
    expect(statusFact(y2022, '2024-06-01')).toEqual({ kind: 'expiresDuring', year: 2025 });
  });
  it('say they may have expired, with the range, once the earliest possible last day has passed', () => {
    expect(statusFact(y2022, '2025-06-01')).toEqual({ kind: 'mayHaveExpired', from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('certificates without any year', () => {
  it('are unknown', () => {
    expect(certificateStatus({ stars: 3, dateUnknown: true }, '2026-11-23')).toBe('unknown');
  });
  it('are expired when the source dates them early enough', () => {
    const c: Certificate = { stars: 3, dateUnknown: true, notAfter: '2021-04-13' };
    expect(certificateStatus(c, '2024-04-13')).toBe('unknown');
    expect(statusFact(c, '2024-04-13')).toEqual({ kind: 'mayHaveExpired', to: '2024-04-13' });
    expect(certificateStatus(c, '2024-04-14')).toBe('expired');
    expect(statusFact(c, '2026-11-23')).toEqual({ kind: 'expiredBy', date: '2024-04-14' });
  });
});

describe('current certificate and stars', () => {
  it('take the re-rating over the earlier certificate', () => {
    const certs = [dated('2020-03-01', 3), dated('2025-06-30', 4)];
    expect(currentCertificate(certs, '2026-11-23')?.stars).toBe(4);
    expect(currentStars(certs, '2026-11-23')).toBe(4);
  });
  it('follow a later, lower rating', () => {
    const certs: Certificate[] = [{ stars: 4, year: 2019 }, { stars: 3, year: 2025, level: 'district' }];
    expect(lastRating(certs, '2026-11-23')).toBe(3);
  });
  it('have no current stars when the newest certificate has expired', () => {
    const certs = [dated('2019-05-10', 3)];
    expect(currentStars(certs, '2026-11-23')).toBeUndefined();
    expect(lastRating(certs, '2026-11-23')).toBe(3);
  });
  it('skip a revoked certificate for the one before it', () => {
    const certs: Certificate[] = [dated('2024-01-01', 3), { ...dated('2025-01-01', 4), revoked: { date: '2025-06-01' } }];
    expect(currentCertificate(certs, '2026-01-01')?.stars).toBe(3);
  });
});

describe('today', () => {
  it('is fixed by BUILD_DATE', () => {
    expect(today('Asia/Ho_Chi_Minh', { BUILD_DATE: '2024-02-29' })).toBe('2024-02-29');
  });
  it('rejects a malformed BUILD_DATE', () => {
    expect(() => today('Asia/Ho_Chi_Minh', { BUILD_DATE: '29/02/2024' })).toThrow(/YYYY-MM-DD/);
  });
});
