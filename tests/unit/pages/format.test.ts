import { describe, expect, it } from 'vitest';
import { formatBytes, savedAtParts } from '../../../src/lib/pages/format';
import { offlineEn, offlineVi } from '../../../src/i18n/sections/offline';
import { formatMessage } from '../../../src/browser/search-messages';

// 05:52 on 2 December 2026 in Vietnam (UTC+7).
const SAVED = new Date('2026-12-01T22:52:00Z');

describe('savedAtParts', () => {
  it('gives the time and date of a saved copy in each language', () => {
    expect(savedAtParts('vi', SAVED, 'Asia/Ho_Chi_Minh')).toEqual({ time: '05:52', date: '2/12/2026' });
    expect(savedAtParts('en', SAVED, 'Asia/Ho_Chi_Minh')).toEqual({ time: '05:52', date: '2 Dec 2026' });
    expect(savedAtParts('en', new Date('2026-12-02T13:05:00Z'), 'UTC')).toEqual({ time: '13:05', date: '2 Dec 2026' });
  });

  it('reads naturally in the footer and the district box', () => {
    const vars = savedAtParts('vi', SAVED, 'Asia/Ho_Chi_Minh');
    expect(formatMessage(offlineVi.offline.status.saved, vars)).toMatch(/^Bản ngoại tuyến lưu lúc 05:52 ngày 2\/12\/2026: /);
    expect(formatMessage(offlineVi.offline.district.saved, { n: 3, ...vars })).toBe('Đã lưu 3 trang lúc 05:52 ngày 2/12/2026.');
    const en = savedAtParts('en', SAVED, 'Asia/Ho_Chi_Minh');
    expect(formatMessage(offlineEn.offline.status.saved, en)).toMatch(/^Offline copy saved at 05:52 on 2 Dec 2026: /);
    expect(formatMessage(offlineEn.offline.district.saved, { n: 3, ...en })).toBe('Saved 3 pages at 05:52 on 2 Dec 2026.');
  });
});

describe('formatBytes', () => {
  it('says how much a phone stores in KB or MB, with the locale’s decimal mark', () => {
    expect(formatBytes('vi', 3_870_000)).toBe('3,9\u00a0MB');
    expect(formatBytes('en', 3_870_000)).toBe('3.9\u00a0MB');
    expect(formatBytes('en', 12_400_000)).toBe('12\u00a0MB');
    expect(formatBytes('vi', 850_400)).toBe('850\u00a0KB');
    expect(formatBytes('en', 120)).toBe('1\u00a0KB');
  });
});
