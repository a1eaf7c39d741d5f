// Command-line options of npm run import, read without a library: a few flags, each with one value.

export interface ImportArgs {
  file: string;
  dryRun: boolean;
  map?: string;
  sheet?: string;
  district?: string;
  productSet?: string;
  level?: string;
  decision?: string;
  decisionDate?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  sourceDate?: string;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run import -- FILE.csv|FILE.xlsx --source-url URL --source-title TITLE [options]

Imports an official list of OCOP products (CSV in UTF-8, or an Excel workbook .xlsx) into the content folder (CONTENT_DIR or ./content).

Required:
  --source-url URL          where the list comes from (the decision or article); every record gets it as a source
  --source-title TITLE      its title, e.g. "Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP năm 2023"

Options:
  --source-date DATE        publication date of the source (dd/mm/yyyy or YYYY-MM-DD)
  --district SLUG|NAME      district of every row without a Huyện/Địa phương cell (a whole-district list)
  --product-set SLUG        product set of every new product without a Bộ sản phẩm cell
  --level LEVEL             district, province or national for the whole list (default: from the stars and date)
  --decision NUMBER         decision number for rows without a Số quyết định cell (a list annexed to one decision)
  --decision-date DATE      its date, used by the rows that carry that decision or none
  --sheet NAME              the sheet of an .xlsx workbook to read (needed when several sheets hold a list)
  --map FILE.json           header mapping {"their header": "our column"} (our column: a known header or null to ignore)
  --dry-run                 report what would change and write nothing
  --help                    show this text

Exit code: 0 when every row was imported or already present, 1 when any row was rejected,
2 when the command itself cannot run (bad option, unreadable file, no header row).`;

const VALUE_FLAGS: Record<string, keyof ImportArgs> = {
  '--map': 'map',
  '--sheet': 'sheet',
  '--district': 'district',
  '--product-set': 'productSet',
  '--level': 'level',
  '--decision': 'decision',
  '--decision-date': 'decisionDate',
  '--source-url': 'sourceUrl',
  '--source-title': 'sourceTitle',
  '--source-date': 'sourceDate',
};

export function parseArgs(argv: string[]): ImportArgs {
  const args: Partial<ImportArgs> & { dryRun: boolean; help: boolean } = { dryRun: false, help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--dry-run' && eq < 0) args.dryRun = true;
    else if ((flag === '--help' || flag === '-h') && eq < 0) args.help = true;
    else if (flag in VALUE_FLAGS) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      const key = VALUE_FLAGS[flag];
      if (args[key] !== undefined) throw new UsageError(`${flag} is given twice`);
      (args as Record<string, unknown>)[key] = value.trim();
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (args.help) return { ...args, file: files[0] ?? '' };
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no list file (.csv or .xlsx) given' : `one list file at a time (got ${files.join(', ')})`);
  if (!args.sourceUrl || !args.sourceTitle) {
    throw new UsageError('--source-url and --source-title are required: every record needs a source');
  }
  return { ...args, file: files[0] };
}
