// npm run translations -- --stamp [--force] [files…] | --report [files…] | --check-numbers [files…]
// The English text of the content, as translations of its Vietnamese text (see content/README.md):
// --stamp writes each translation's sourceDigest (the digest of the Vietnamese text it was made from),
// --report lists what has no English text yet or whose English is out of date, --check-numbers
// compares the numbers of each English text with those of its Vietnamese text.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../../src/lib/content/content-layout.ts';
import { isIsoDate, today } from '../../src/lib/certificates/dates.ts';
import { compareNumbers, describeNumberMismatch } from '../../src/lib/content/translation-numbers.ts';
import { isJsonTranslated, isMarkdownTranslated, JSON_TRANSLATED, recordTranslation } from '../../src/lib/content/translation.ts';
import type { RawRecord } from '../../src/lib/content/validate.ts';
import { readContent } from '../shared/read-content.ts';
import { stampJson, stampMarkdown, type StampOutcome } from './stamp.ts';

const USAGE = `Usage:
  npm run translations -- --stamp [--force] [--translated-on YYYY-MM-DD] [FILE…]
        write sourceDigest into English texts that lack it (--force: also where the Vietnamese text
        changed since, once the English is updated; --translated-on: JSON records with English fields
        and no "translation" block get one, dated that day, which must be the day they were translated)
  npm run translations -- --report [FILE…]            list records without English text, or out of date
  npm run translations -- --check-numbers [FILE…]     compare the numbers of English and Vietnamese texts
FILE: content files (content/products/x.md, content/districts/y.json…); none: the whole content folder (CONTENT_DIR).
Where the English text goes:
  products, producers: an "english:" block before "sources:" with description and translatedOn;
  districts, sales points, former communes, figures: the …En fields (descriptionEn, reorganisationEn,
  noteEn, asOfEn) and "translation": {"translatedOn": "YYYY-MM-DD"} before "sources".`;

const argv = process.argv.slice(2);
// --translated-on takes a value; the other options are flags.
const dateAt = argv.indexOf('--translated-on');
const translatedOn = dateAt >= 0 ? argv[dateAt + 1] : undefined;
const args = dateAt >= 0 ? [...argv.slice(0, dateAt), ...argv.slice(dateAt + 2)] : argv;
if (dateAt >= 0 && !(translatedOn && isIsoDate(translatedOn) && translatedOn <= today())) {
  console.error(`--translated-on needs the day the translation was made, written YYYY-MM-DD and not after today (got ${translatedOn ?? 'nothing'})`);
  process.exit(2);
}
const modes = ['--stamp', '--report', '--check-numbers'].filter((m) => args.includes(m));
const force = args.includes('--force');
const unknown = args.filter((a) => a.startsWith('--') && !['--stamp', '--report', '--check-numbers', '--force', '--help'].includes(a));
const stampOnly = (force || translatedOn) && modes[0] !== '--stamp';
if (args.includes('--help') || modes.length !== 1 || unknown.length > 0 || stampOnly) {
  if (unknown.length) console.error(`unknown option: ${unknown.join(' ')}`);
  else if (modes.length !== 1 && !args.includes('--help')) console.error('give one of --stamp, --report, --check-numbers');
  else if (stampOnly) console.error('--force and --translated-on go with --stamp only');
  console.error(USAGE);
  process.exit(args.includes('--help') ? 0 : 2);
}
const mode = modes[0]!;

const root = contentDir();
const base = path.dirname(root);
const records = readContent(root).filter((r) => isMarkdownTranslated(r.collection) || isJsonTranslated(r.collection));
/** The file on disk of a record ("content/figures.json[2]" → …/content/figures.json). */
const fileOf = (r: RawRecord) => path.resolve(base, r.file.replace(/\[\d+\]$/, ''));
const shown = (file: string) => path.relative(process.cwd(), file) || file;

// The files asked for, each a file of some translated record.
// npm runs scripts in the project folder; INIT_CWD is where the command was typed, which file names are relative to.
const asked = args.filter((a) => !a.startsWith('--')).map((a) => path.resolve(process.env.INIT_CWD ?? process.cwd(), a));
const known = new Set(records.map(fileOf));
const notContent = asked.filter((f) => !known.has(f));
if (notContent.length > 0) {
  for (const f of notContent) {
    console.error(`error: ${shown(f)}: not a file of products, producers, districts, sales points, former communes or figures in ${shown(root)} (set CONTENT_DIR for another content folder)`);
  }
  process.exit(2);
}
const chosen = asked.length > 0 ? records.filter((r) => asked.includes(fileOf(r))) : records;

if (mode === '--stamp') stamp();
else if (mode === '--report') report();
else checkNumbers();

function stamp() {
  const count: Record<StampOutcome['status'], number> = { stamped: 0, current: 0, outdated: 0, 'no-english': 0, 'no-date': 0, unreadable: 0 };
  for (const r of chosen.filter((r) => r.parseError)) {
    count.unreadable++;
    console.error(`error: ${shown(fileOf(r))}: ${r.parseError}`);
  }
  const files = [...new Set(chosen.filter((r) => !r.parseError).map(fileOf))];
  for (const file of files) {
    const record = chosen.find((r) => fileOf(r) === file)!;
    const text = fs.readFileSync(file, 'utf8');
    const result = isMarkdownTranslated(record.collection)
      ? stampMarkdown(text, force)
      : isJsonTranslated(record.collection)
        ? stampJson(text, record.collection, force, translatedOn)
        : undefined;
    if (!result) continue;
    if (result.text !== text) fs.writeFileSync(file, result.text);
    for (const o of result.outcomes) {
      count[o.status]++;
      const where = `${shown(file)}${o.at}`;
      if (o.status === 'stamped') console.log(`stamped ${where}: sourceDigest ${o.digest}${o.previous ? ` (was ${o.previous}: --force)` : ''}, translated ${o.translatedOn}`);
      else if (o.status === 'outdated') {
        console.log(
          `out of date ${where}: the Vietnamese text changed after its translation of ${o.translatedOn} (digest ${o.previous}, now ${o.digest}). Update the English text and translatedOn, then stamp it again with --force.`,
        );
      } else if (o.status === 'no-date' || o.status === 'unreadable') console.error(`error: ${where}: ${o.reason}`);
    }
  }
  const summary = [`${count.stamped} stamped`, `${count.current} already current`, `${count.outdated} out of date (left as they are)`];
  if (count['no-date'] + count.unreadable > 0) summary.push(`${count['no-date'] + count.unreadable} not stamped because of an error above`);
  console.log(`\n${summary.join(', ')}; ${count['no-english']} record(s) without English text.`);
  if (count['no-date'] + count.unreadable > 0) process.exit(1);
}

function report() {
  const missing: string[] = [];
  const outdated: string[] = [];
  const unstamped: string[] = [];
  let translated = 0;
  let total = 0;
  for (const r of chosen) {
    if (r.parseError || !r.data || typeof r.data !== 'object') {
      missing.push(`${r.file}: unreadable: ${r.parseError ?? 'not a record'}`);
      continue;
    }
    const t = recordTranslation(r.collection, r.data as Record<string, unknown>, r.body)!;
    if (!t.hasVietnamese && !t.hasEnglish) continue;
    total++;
    if (t.untranslated.length === 0) translated++;
    if (t.untranslated.length > 0) {
      const fields = r.collection === 'products' || r.collection === 'producers' ? 'the Markdown body' : t.untranslated.map((f) => `${f} (no ${enOf(r.collection, f)})`).join(', ');
      missing.push(`${r.file}: ${fields}`);
    }
    if (t.state === 'outdated') outdated.push(`${r.file}: the Vietnamese text changed after its translation of ${t.stamp?.translatedOn ?? '(no date)'}`);
    if (t.state === 'unstamped') unstamped.push(`${r.file}: ${t.stamp?.translatedOn ? `translated ${t.stamp.translatedOn}` : `no ${t.stampField}.translatedOn`}`);
  }
  const section = (title: string, lines: string[]) => {
    console.log(`${title} (${lines.length})${lines.length ? ':' : ''}`);
    for (const l of lines) console.log(`  ${l}`);
  };
  section('Vietnamese text without English', missing);
  section('English text out of date', outdated);
  section('English text without sourceDigest (run --stamp)', unstamped);
  console.log(`\n${translated} of ${total} records with text have all of it in English.`);
}

function enOf(collection: string, vi: string): string {
  return (JSON_TRANSLATED as Record<string, readonly { vi: string; en: string }[]>)[collection]?.find((f) => f.vi === vi)?.en ?? `${vi}En`;
}

function checkNumbers() {
  let problems = 0;
  let compared = 0;
  for (const r of chosen) {
    if (r.parseError || !r.data || typeof r.data !== 'object') continue;
    const data = r.data as Record<string, unknown>;
    const pairs: { field: string; vi: string; en: string }[] = [];
    if (isMarkdownTranslated(r.collection)) {
      const en = (data.english as { description?: unknown } | undefined)?.description;
      if (typeof en === 'string' && r.body?.trim()) pairs.push({ field: 'english.description', vi: r.body, en });
    } else if (isJsonTranslated(r.collection)) {
      for (const f of JSON_TRANSLATED[r.collection]) {
        const [vi, en] = [data[f.vi], data[f.en]];
        if (typeof vi === 'string' && typeof en === 'string') pairs.push({ field: f.en, vi, en });
      }
    }
    for (const p of pairs) {
      compared++;
      const mismatch = describeNumberMismatch(compareNumbers(p.vi, p.en));
      if (mismatch) {
        problems++;
        console.log(`${r.file}: ${p.field}: ${mismatch}`);
      }
    }
  }
  console.log(`\n${compared} English text(s) compared, ${problems} with numbers that differ from the Vietnamese text.`);
  if (problems > 0) process.exit(1);
}
