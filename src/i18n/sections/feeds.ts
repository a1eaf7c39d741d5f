// The change feeds (Atom) of certificate events, and the links to them on the pages.

import type { FeedWords } from '../../lib/publishing/atom-feed';

export const feedsVi: FeedWords = {
  provinceTitle: (site: string) => `${site}: thay đổi chứng nhận OCOP`,
  districtTitle: (district: string, site: string) => `${district} · ${site}: thay đổi chứng nhận OCOP`,
  subtitle: (decisionDays: number, expiringDays: number, expiredDays: number) =>
    `Sản phẩm được chứng nhận hoặc xếp hạng lại trong ${decisionDays} ngày qua, chứng nhận sắp hết hạn trong ${expiringDays} ngày tới và chứng nhận đã hết hạn trong ${expiredDays} ngày qua. Mỗi mục ghi ngày của sự kiện.`,
  /** The visible link on a page. */
  link: 'Theo dõi thay đổi chứng nhận (Atom)',
  districtLink: (district: string) => `Theo dõi thay đổi chứng nhận ở ${district} (Atom)`,
  linkHint: 'Dán địa chỉ này vào trình đọc tin để biết khi có sản phẩm mới được chứng nhận, sắp hết hạn hoặc đã hết hạn.',
  certified: (name: string, stars: number | undefined) => (stars ? `${name}: được chứng nhận OCOP ${stars} sao` : `${name}: được chứng nhận OCOP, chưa rõ hạng sao`),
  rerated: (name: string, stars: number | undefined) => (stars ? `${name}: được xếp hạng lại ${stars} sao` : `${name}: được đánh giá lại OCOP, chưa rõ hạng sao`),
  expiring: (name: string, lastDay: string) => `${name}: chứng nhận hết hạn sau ngày ${lastDay}`,
  expired: (name: string, since: string) => `${name}: chứng nhận hết hiệu lực từ ngày ${since}`,
  expiredByYear: (name: string, since: string) => `${name}: chứng nhận hết hiệu lực muộn nhất từ ngày ${since}`,
  summary: (producer: string, district: string, decision: string) => `${producer} · ${district} · ${decision}`,
  decision: (n: string) => `Quyết định ${n}`,
  noDecision: 'Nguồn không nêu số quyết định',
  producerUnknown: 'Nguồn không nêu chủ thể',
};

export const feedsEn: FeedWords = {
  provinceTitle: (site: string) => `${site}: OCOP certificate changes`,
  districtTitle: (district: string, site: string) => `${district} · ${site}: OCOP certificate changes`,
  subtitle: (decisionDays: number, expiringDays: number, expiredDays: number) =>
    `Products certified or re-rated in the last ${decisionDays} days, certificates expiring within ${expiringDays} days and certificates that expired in the last ${expiredDays} days. Each entry is dated by its event.`,
  link: 'Follow certificate changes (Atom feed)',
  districtLink: (district: string) => `Follow certificate changes in ${district} (Atom feed)`,
  linkHint: 'Add this address to a feed reader to learn when a product is certified, is about to expire or has expired.',
  certified: (name: string, stars: number | undefined) => (stars ? `${name}: certified OCOP ${stars} stars` : `${name}: certified OCOP, star level not stated`),
  rerated: (name: string, stars: number | undefined) => (stars ? `${name}: re-rated ${stars} stars` : `${name}: re-rated OCOP, star level not stated`),
  expiring: (name: string, lastDay: string) => `${name}: certificate's last valid day is ${lastDay}`,
  expired: (name: string, since: string) => `${name}: certificate expired on ${since}`,
  expiredByYear: (name: string, since: string) => `${name}: certificate expired on ${since} at the latest`,
  summary: (producer: string, district: string, decision: string) => `${producer} · ${district} · ${decision}`,
  decision: (n: string) => `Decision ${n}`,
  noDecision: 'The source gives no decision number',
  producerUnknown: 'The source does not name the producer',
};
