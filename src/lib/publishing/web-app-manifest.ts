// The web app manifest of one language: what a phone shows when the site is installed.
import type { SiteConfig } from '../content/schema';
import { paths, type Locale } from '../pages/routes';

/** The header's red (--color-ocop-red in src/styles/global.css): the installed app's title bar. */
export const THEME_COLOUR = '#a3141c';
export const BACKGROUND_COLOUR = '#ffffff';

export interface AppTexts {
  shortName: string;
  description: string;
}

export function webAppManifest(locale: Locale, site: Pick<SiteConfig, 'name' | 'nameEn'>, texts: AppTexts) {
  const start = paths.home(locale);
  return {
    // Each language is its own app: installing from an English page opens the English home page.
    id: start,
    name: locale === 'vi' ? site.name : site.nameEn,
    short_name: texts.shortName,
    description: texts.description,
    lang: locale === 'vi' ? 'vi-VN' : 'en-GB',
    dir: 'ltr',
    start_url: start,
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: [
      { src: paths.appIcon(192), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: paths.appIcon(512), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: paths.appIcon(512, 'maskable'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
