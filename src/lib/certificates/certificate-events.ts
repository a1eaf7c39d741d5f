// What changed in the catalogue's certificates, as dated events for the change feeds: new
// certificates and re-ratings (by decision date), certificates entering their last 90 days, and
// certificates that have expired. Each event is dated by when it happened, never by the build
// date, so a daily build with no content change gives the same events with the same dates.
import { addDays, type IsoDate } from './dates';
import { EXPIRING_WITHIN_DAYS, statusDates, statusOn } from './certificate';
import type { CertificateView, Product } from '../content/catalogue';

/** Decisions from this many days back are news. */
export const FEED_DECISION_DAYS = 365;
/** Expired certificates stay in the feed this many days after their first day expired. */
export const FEED_EXPIRED_DAYS = 90;

export type CertificateEventKind = 'certified' | 'rerated' | 'expiring' | 'expired';

export interface CertificateEvent {
  kind: CertificateEventKind;
  /** The day it happened: decision date, first day in the last 90 days, first day expired. */
  date: IsoDate;
  product: Product;
  certificate: CertificateView;
  /** For 'expiring': the last valid day. For 'expired' of a certificate dated by year only: true when the date is the latest it can be. */
  lastDay?: IsoDate;
  atTheLatest?: boolean;
  /** Stable within a product and language: kind and date (the feed prefixes the product's address). */
  key: string;
}

function productEvents(p: Product, today: IsoDate): CertificateEvent[] {
  const events: CertificateEvent[] = [];
  const decisionsFrom = addDays(today, -FEED_DECISION_DAYS);
  // p.certificates is newest first: a certificate with an older one after it is a re-rating.
  p.certificates.forEach((c, i) => {
    if (c.date && c.date > decisionsFrom && c.date <= today) {
      const kind = i < p.certificates.length - 1 ? 'rerated' : 'certified';
      events.push({ kind, date: c.date, product: p, certificate: c, key: `${kind}-${c.date}` });
    }
  });
  const c = p.current;
  if (!c) return events;
  const dates = statusDates(c);
  const status = statusOn(dates, today);
  if (status === 'expiring' && dates.validUntil) {
    const date = addDays(dates.validUntil, -(EXPIRING_WITHIN_DAYS - 1));
    events.push({ kind: 'expiring', date, product: p, certificate: c, lastDay: dates.validUntil, key: `expiring-${dates.validUntil}` });
  }
  if (status === 'expired') {
    const lastDay = dates.validUntil ?? dates.latest!;
    const date = addDays(lastDay, 1);
    if (date > addDays(today, -FEED_EXPIRED_DAYS)) {
      events.push({ kind: 'expired', date, product: p, certificate: c, lastDay, atTheLatest: !dates.validUntil, key: `expired-${lastDay}` });
    }
  }
  return events;
}

const KIND_ORDER: CertificateEventKind[] = ['expired', 'expiring', 'rerated', 'certified'];

/** Every event of these products on `today`, newest first (then by kind and product, so the order is stable). */
export function certificateEvents(products: readonly Product[], today: IsoDate): CertificateEvent[] {
  return products
    .flatMap((p) => productEvents(p, today))
    .sort((a, b) => b.date.localeCompare(a.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.product.id.localeCompare(b.product.id));
}
