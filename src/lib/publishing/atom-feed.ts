// Writes certificate events as an Atom feed (with the `feed` library). Entry ids are the product's
// address plus the event's key, and entry dates are the event dates: a rebuild on another day
// gives a feed reader nothing new unless something happened. The feed's own date is its newest
// entry's (or the content's data date when it has none), never the build time.
import { Feed } from 'feed';
import type { CertificateEvent } from '../certificates/certificate-events';
import { addDays } from '../certificates/dates';
import type { Locale } from '../pages/routes';
import { paths } from '../pages/routes';

/** The words of a feed, in one language: passed in by the caller (src/i18n/sections/feeds.ts holds both). */
export interface FeedWords {
  provinceTitle: (site: string) => string;
  districtTitle: (district: string, site: string) => string;
  subtitle: (decisionDays: number, expiringDays: number, expiredDays: number) => string;
  /** The visible link on a page. */
  link: string;
  districtLink: (district: string) => string;
  linkHint: string;
  certified: (name: string, stars: number | undefined) => string;
  rerated: (name: string, stars: number | undefined) => string;
  expiring: (name: string, lastDay: string) => string;
  expired: (name: string, since: string) => string;
  expiredByYear: (name: string, since: string) => string;
  summary: (producer: string, district: string, decision: string) => string;
  decision: (n: string) => string;
  noDecision: string;
  producerUnknown: string;
}

export interface FeedSpec {
  locale: Locale;
  words: FeedWords;
  formatDate: (iso: string) => string;
  title: string;
  subtitle: string;
  /** Absolute address of the feed itself, and of the page it belongs to. */
  feedUrl: string;
  pageUrl: string;
  siteUrl: string;
  /** Who is responsible for the feed (RFC 4287 §4.1.1: a feed names its author). */
  author: { name: string; url?: string };
  /** Date of the content, for the feed's date when it has no entry. */
  dataDate: string;
  licence: string;
}

const instant = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function entryTitle(e: CertificateEvent, locale: Locale, words: FeedWords, formatDate: (iso: string) => string): string {
  const name = locale === 'en' && e.product.nameEn ? e.product.nameEn : e.product.name;
  switch (e.kind) {
    case 'certified': return words.certified(name, e.certificate.stars);
    case 'rerated': return words.rerated(name, e.certificate.stars);
    case 'expiring': return words.expiring(name, formatDate(e.lastDay!));
    case 'expired': return (e.atTheLatest ? words.expiredByYear : words.expired)(name, formatDate(addDays(e.lastDay!, 1)));
  }
}

export function atomFeed(spec: FeedSpec, events: readonly CertificateEvent[]): string {
  const { locale, words, formatDate } = spec;
  const newest = events[0]?.date ?? spec.dataDate;
  const feed = new Feed({
    id: spec.feedUrl,
    title: spec.title,
    description: spec.subtitle,
    link: spec.pageUrl,
    language: locale,
    updated: instant(newest),
    generator: false,
    feedLinks: { atom: spec.feedUrl },
    copyright: spec.licence,
    author: { name: spec.author.name, ...(spec.author.url ? { link: spec.author.url } : {}) },
  });
  for (const e of events) {
    const link = new URL(paths.product(locale, e.product.id), spec.siteUrl).href;
    const c = e.certificate;
    feed.addItem({
      id: `${link}#${e.key}`,
      link,
      title: entryTitle(e, locale, words, formatDate),
      description: words.summary(e.product.producer?.name ?? words.producerUnknown, e.product.district.name, c.decision ? words.decision(c.decision) : words.noDecision),
      date: instant(e.date),
      published: instant(e.date),
    });
  }
  // The library writes the language only into RSS; Atom says it with xml:lang on the root element.
  const atom = feed.atom1();
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!atom.includes(root)) throw new Error('atom feed: unexpected root element from the feed library');
  return atom.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}
