// The order of every list of products, for a day: certificates in force first, then stars, then name.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, byListOrder } from '../../../src/lib/content/catalogue';
import { compareOn, countInForceOn, inForceOn, orderOn } from '../../../src/lib/certificates/product-order';
import { sampleInput } from '../data-sample';

describe('orderOn', () => {
  const expiring = { dates: { validUntil: '2026-12-22' }, stars: 5, nameRank: 2 };
  const valid = { dates: { validUntil: '2027-06-01' }, stars: 3, nameRank: 1 };
  const expired = { dates: { validUntil: '2025-01-01' }, stars: 5, nameRank: 0 };
  const yearOnly = { dates: { earliest: '2027-01-01', latest: '2027-12-31' }, stars: 4, nameRank: 3 };
  const none = { dates: undefined, stars: 0, nameRank: 4 };

  it('puts the products in force first, then by stars, then by name', () => {
    expect(orderOn([none, expired, valid, yearOnly, expiring], '2026-11-23')).toEqual([expiring, yearOnly, valid, expired, none]);
    // Same stars and status: by name.
    expect([{ ...valid, nameRank: 9 }, valid].sort(compareOn('2026-11-23'))[0]).toBe(valid);
  });
  it('moves a certificate behind those still in force on the day after its last day', () => {
    expect(inForceOn(expiring.dates, '2026-12-22')).toBe(true);
    expect(inForceOn(expiring.dates, '2026-12-23')).toBe(false);
    // Then with the expired ones, by stars and name.
    expect(orderOn([expiring, valid, expired], '2026-12-23')).toEqual([valid, expired, expiring]);
    expect(countInForceOn([expiring, valid, expired, none], '2026-11-23')).toBe(2);
    expect(countInForceOn([expiring, valid, expired, none], '2026-12-23')).toBe(1);
  });
  it('never counts a revoked certificate or one whose last day is only known to have passed', () => {
    expect(inForceOn({ validUntil: '2027-06-01', revoked: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(inForceOn({ earliest: '2026-01-01', latest: '2026-12-31' }, '2026-11-23')).toBe(false);
    expect(inForceOn(undefined, '2026-11-23')).toBe(false);
  });
});

describe('the catalogue’s own order (byListOrder)', () => {
  it('is the same order for the catalogue’s day', () => {
    const c = buildCatalogue(sampleInput());
    const ids = c.products.map((p) => p.id);
    expect([...c.products].sort(byListOrder).map((p) => p.id)).toEqual(ids);
    const firstOut = c.products.findIndex((p) => !p.inForce);
    expect(c.products.slice(firstOut).every((p) => !p.inForce)).toBe(true);
    expect(c.products.slice(0, firstOut).every((p) => p.inForce)).toBe(true);
  });
});
