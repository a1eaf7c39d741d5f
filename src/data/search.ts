// The search vocabulary of the content folder (content/search-vocabulary.json, optional), read once
// per build: records take their product words from it, and the search page hands it to its script;
// and the names list written beside each search page.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { COLLECTION_PATHS, contentDir } from '../lib/content/content-layout';
import { searchTermSchema, type SearchTermData } from '../lib/content/schema';
import type { RecordContext } from '../lib/search/search-record';
import { setWords, vocabularyData, type VocabularyData } from '../lib/search/search-vocabulary';
import { placePhrases, searchNameList, searchPlaces } from '../lib/search/search-names';
import { getCatalogue } from './catalogue';

let entries: SearchTermData[] | undefined;

/** The vocabulary's entries; none when the content folder has no vocabulary file. */
export function getSearchVocabulary(dir = contentDir()): SearchTermData[] {
  if (entries) return entries;
  const file = path.join(dir, COLLECTION_PATHS.searchVocabulary.file);
  if (!fs.existsSync(file)) return (entries = []);
  const parsed = z.array(searchTermSchema).safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: invalid search vocabulary (run npm run check)`);
  return (entries = parsed.data);
}

let context: Promise<RecordContext> | undefined;

/** What every search record takes from the vocabulary and the catalogue's place names. */
export function searchRecordContext(): Promise<RecordContext> {
  context ??= getCatalogue().then((c) => ({ setWords: setWords(getSearchVocabulary()), places: placePhrases(searchPlaces(c)) }));
  return context;
}

/** The vocabulary as the search page's script reads it. */
export const searchVocabularyData = (): VocabularyData => vocabularyData(getSearchVocabulary());

/** The names list beside each search page (paths.searchNames): the records' names for "Did you mean …". */
export async function searchNamesResponse(): Promise<Response> {
  const names = searchNameList(await getCatalogue());
  return new Response(`${JSON.stringify({ names })}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
