// Picks the dictionary for a page's locale.
import type { Locale } from '../lib/pages/routes';
import { en } from './en';
import { vi, type Dictionary } from './vi';

const dictionaries: Record<Locale, Dictionary> = { vi, en };

export function useDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export type { Dictionary };
