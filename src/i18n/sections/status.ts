// The words of a certificate status, in both languages. The build (StatusBadge.astro) and the
// reader's browser (src/browser/live-status.ts) word a status with these same strings, so this
// section stays small: it is bundled into the status script.

import type { StatusWords } from '../../lib/certificates/status-view';

export const statusVi: StatusWords = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Hết hiệu lực',
  revoked: 'Đã thu hồi',
  unknown: 'Chưa rõ ngày',
  none: 'Chưa có chứng nhận',
  /** The last day is known only as a range, and the earliest possible one has passed. */
  mayHaveExpired: 'Có thể đã hết hạn',
  validUntil: (d: string) => `đến hết ngày ${d}`,
  expiringOn: (d: string) => `hết hạn sau ngày ${d}`,
  expiredOn: (d: string) => `từ ngày ${d}`,
  revokedOn: (d: string) => `ngày ${d}`,
  expiresDuring: (y: number) => `hết hạn trong năm ${y}`,
  expiredBy: (d: string) => `muộn nhất từ ngày ${d}`,
  lastDayBetween: (from: string, to: string) => `ngày hết hiệu lực trong khoảng ${from} – ${to}`,
  lastDayBy: (to: string) => `hết hiệu lực muộn nhất sau ngày ${to}`,
  unknownDate: 'nguồn không nêu năm quyết định',
  /** Shown only without JavaScript: the status is the one computed when the page was built. */
  asOf: (d: string) => `tính đến ngày ${d}`,
};

export const statusEn: StatusWords = {
  valid: 'Valid',
  expiring: 'Expiring soon',
  expired: 'Expired',
  revoked: 'Revoked',
  unknown: 'Date unknown',
  none: 'No certificate on record',
  mayHaveExpired: 'May have expired',
  validUntil: (d: string) => `until ${d}`,
  expiringOn: (d: string) => `last valid day ${d}`,
  expiredOn: (d: string) => `since ${d}`,
  revokedOn: (d: string) => `on ${d}`,
  expiresDuring: (y: number) => `expires during ${y}`,
  expiredBy: (d: string) => `since ${d} at the latest`,
  lastDayBetween: (from: string, to: string) => `last valid day between ${from} and ${to}`,
  lastDayBy: (to: string) => `last valid day ${to} at the latest`,
  unknownDate: 'the source gives no year of decision',
  asOf: (d: string) => `as of ${d}`,
};
