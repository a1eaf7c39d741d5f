// The change feeds' responses (Atom), for the province and for one district, in either language.
// Events are computed once per build; a district's feed reads only its own products.
import { getCatalogue } from './catalogue';
import { useDictionary } from '../i18n';
import { atomFeed } from '../lib/publishing/atom-feed';
import { EXPIRING_WITHIN_DAYS } from '../lib/certificates/certificate';
import { certificateEvents, FEED_DECISION_DAYS, FEED_EXPIRED_DAYS } from '../lib/certificates/certificate-events';
import { formatDate } from '../lib/pages/format';
import { paths, type Locale } from '../lib/pages/routes';

export async function feedResponse(locale: Locale, districtId?: string): Promise<Response> {
  const catalogue = await getCatalogue();
  const { site, today } = catalogue;
  const t = useDictionary(locale);
  const district = districtId ? catalogue.byId.district.get(districtId) : undefined;
  if (districtId && !district) throw new Error(`feed: unknown district "${districtId}"`);
  const siteName = locale === 'en' ? site.nameEn : site.name;
  const abs = (path: string) => new URL(path, site.url).href;
  const xml = atomFeed(
    {
      locale,
      words: t.feeds,
      formatDate: (iso) => formatDate(locale, iso),
      title: district ? t.feeds.districtTitle(district.name, siteName) : t.feeds.provinceTitle(siteName),
      subtitle: t.feeds.subtitle(FEED_DECISION_DAYS, EXPIRING_WITHIN_DAYS, FEED_EXPIRED_DAYS),
      feedUrl: abs(district ? paths.districtFeed(locale, district.id) : paths.feed(locale)),
      pageUrl: abs(district ? paths.district(locale, district.id) : paths.home(locale)),
      siteUrl: site.url,
      // The site's publisher (content/site.json); the site itself when none is named.
      author: site.publisher ? { name: site.publisher.name, url: site.publisher.url } : { name: siteName, url: site.url },
      dataDate: site.dataDate,
      licence: site.licence.name,
    },
    certificateEvents(district ? district.products : catalogue.products, today),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export async function districtFeedPaths() {
  const { districts } = await getCatalogue();
  return districts.map((d) => ({ params: { slug: d.id } }));
}
