import { describe, expect, it } from 'vitest';
import { statusEn, statusVi } from '../../../src/i18n/sections/status';
import { statusDates, type Certificate } from '../../../src/lib/certificates/certificate';
import { dateIn } from '../../../src/lib/certificates/dates';
import { formatDate, formatSourceDate } from '../../../src/lib/pages/format';
import { describeStatus, detailText, readStatusDataset, statusDataAttributes } from '../../../src/lib/certificates/status-view';

const fmt = (iso: string) => formatDate('en', iso);
const dated: Certificate = { stars: 4, date: '2023-12-22' };
const yearOnly: Certificate = { stars: 3, year: 2023 };
const reported: Certificate = { stars: 3, dateUnknown: true, notAfter: '2024-05-01' };

/** What the browser does: dates through data-* attributes and back. */
function roundTrip(cert: Certificate) {
  const attrs = statusDataAttributes(statusDates(cert), '2026-11-23', 'Asia/Ho_Chi_Minh');
  const dataset = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
  return readStatusDataset(dataset);
}

describe('describeStatus', () => {
  it('words a dated certificate crossing from expiring to expired', () => {
    expect(describeStatus(statusEn, fmt, statusDates(dated), '2026-11-23')).toMatchObject({ status: 'expiring', labelText: 'Expiring soon', detail: 'last valid day 22 Dec 2026' });
    expect(describeStatus(statusEn, fmt, statusDates(dated), '2026-12-22')).toMatchObject({ status: 'expiring' });
    expect(describeStatus(statusEn, fmt, statusDates(dated), '2026-12-23')).toMatchObject({ status: 'expired', labelText: 'Expired', detail: 'since 23 Dec 2026' });
    expect(describeStatus(statusVi, (iso) => formatDate('vi', iso), statusDates(dated), '2026-12-23')).toMatchObject({ labelText: 'Hết hiệu lực', detail: 'từ ngày 23/12/2026' });
  });
  it('never says valid for a year-only certificate once its earliest possible last day has passed', () => {
    expect(describeStatus(statusEn, fmt, statusDates(yearOnly), '2025-12-31')).toMatchObject({ status: 'valid', detail: 'expires during 2026' });
    const may = describeStatus(statusEn, fmt, statusDates(yearOnly), '2026-12-01');
    expect(may).toMatchObject({ status: 'unknown', label: 'mayHaveExpired', labelText: 'May have expired', detail: 'last valid day between 01 Jan 2026 and 31 Dec 2026' });
    expect(may.toneClass).toContain('text-expiring');
    expect(describeStatus(statusEn, fmt, statusDates(yearOnly), '2027-01-01')).toMatchObject({ status: 'expired', detail: 'since 01 Jan 2027 at the latest' });
  });
  it('says a certificate known only by a "reported by" date may have expired, until its latest last day', () => {
    expect(describeStatus(statusEn, fmt, statusDates(reported), '2026-11-23')).toMatchObject({ label: 'mayHaveExpired', detail: 'last valid day 01 May 2027 at the latest' });
    expect(describeStatus(statusEn, fmt, statusDates(reported), '2027-05-02')).toMatchObject({ status: 'expired' });
  });
  it('names a status without dates as it is (no certificate)', () => {
    expect(describeStatus(statusEn, fmt, undefined, '2026-11-23')).toMatchObject({ status: 'none', labelText: 'No certificate on record', detail: '' });
  });
});

describe('detailText', () => {
  it('holds the "·" to the label with a no-break space, and is empty without a detail', () => {
    expect(detailText({ detail: 'until 22 Dec 2026' })).toBe('\u00a0· until 22 Dec 2026');
    expect(detailText({ detail: '' })).toBe('');
  });
});

describe('status data attributes', () => {
  it('survive the round trip through the page', () => {
    for (const cert of [dated, yearOnly, reported, { ...dated, revoked: { date: '2025-01-01' } }]) expect(roundTrip(cert)).toEqual(statusDates(cert));
  });
  it('ignore a malformed date', () => {
    expect(readStatusDataset({ validUntil: '22/12/2026', latest: '2026-12-31' })).toEqual({ latest: '2026-12-31' });
  });
});

describe('dateIn', () => {
  it('is the calendar day in the site time zone', () => {
    expect(dateIn('Asia/Ho_Chi_Minh', new Date('2026-12-22T17:30:00Z'))).toBe('2026-12-23');
    expect(dateIn('Asia/Ho_Chi_Minh', new Date('2026-12-22T16:30:00Z'))).toBe('2026-12-22');
  });
});

describe('formatSourceDate', () => {
  it('writes a day a source gave as d/m/yyyy in the page’s language, a year as it is, anything else as written', () => {
    expect(formatSourceDate('en', '27/9/2024')).toEqual({ text: '27 Sept 2024', asWritten: false });
    expect(formatSourceDate('vi', '27/9/2024')).toEqual({ text: '27/09/2024', asWritten: false });
    expect(formatSourceDate('en', '2019')).toEqual({ text: '2019', asWritten: false });
    expect(formatSourceDate('en', '31/2/2024')).toEqual({ text: '31/2/2024', asWritten: true });
    expect(formatSourceDate('en', 'tháng 9/2024')).toEqual({ text: 'tháng 9/2024', asWritten: true });
  });
});
