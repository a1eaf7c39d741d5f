// The language of a command's messages: Vietnamese (the editors' language) unless --lang en.
export type Lang = 'vi' | 'en';

/** `--lang en`, `--lang=vi`; no flag: 'vi'. Other arguments are left to the command. */
export function parseLang(argv: string[]): Lang | { error: string } {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') lang = argv[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else continue;
    if (lang !== 'vi' && lang !== 'en') return { error: `--lang ${lang ?? ''}: expected vi or en (--lang phải là vi hoặc en)`.replace('  ', ' ') };
  }
  return (lang as Lang | undefined) ?? 'vi';
}
