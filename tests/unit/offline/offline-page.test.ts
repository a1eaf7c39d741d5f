import { describe, expect, it } from 'vitest';
import { offlinePageMode } from '../../../src/lib/offline/offline-page';

describe('offlinePageMode', () => {
  it('explains what works offline when opened at its own address with a connection', () => {
    expect(offlinePageMode('/ngoai-tuyen/', '/ngoai-tuyen/', true)).toBe('guide');
    expect(offlinePageMode('/en/offline', '/en/offline/', true)).toBe('guide');
    expect(offlinePageMode('/en/offline/index.html', '/en/offline/', true)).toBe('guide');
  });
  it('says there is no connection when opened at its own address without one', () => {
    expect(offlinePageMode('/ngoai-tuyen/', '/ngoai-tuyen/', false)).toBe('offline');
  });
  it('says the page opened is not saved when it stands in for another address', () => {
    expect(offlinePageMode('/san-pham/nuoc-mam-cua-khe/', '/ngoai-tuyen/', false)).toBe('fallback');
    // The worker also serves it when the host does not answer although the device reports a connection.
    expect(offlinePageMode('/san-pham/nuoc-mam-cua-khe/', '/ngoai-tuyen/', true)).toBe('fallback');
    expect(offlinePageMode('/en/offline/', '/ngoai-tuyen/', true)).toBe('fallback');
  });
});
