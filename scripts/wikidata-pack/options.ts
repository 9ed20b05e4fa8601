/** What `npm run pack:wikidata` was asked for. */
export interface BuildOptions {
  inputs: string[];
  out: string;
  /** Items with fewer Wikipedia and sister-project pages are left out: few readers meet them. */
  minSitelinks: number;
  languages: string[];
  packId: string;
  packName: string;
  version: number;
}

export class UsageError extends Error {}

export const USAGE =
  'npm run pack:wikidata -- --in FILE [--in FILE...] --out FILE [--min-sitelinks N] ' +
  '[--languages en,fr,...] [--id PACK-ID] [--name "Pack name"] [--version N]';

/** The languages of the news Backstory reads dates and names in. */
const DEFAULT_LANGUAGES = ['en', 'fr', 'de', 'es'];
const DEFAULT_MIN_SITELINKS = 10;

export function parseArguments(args: readonly string[]): BuildOptions {
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (!/^--[a-z-]+$/.test(flag) || value === undefined || value.startsWith('--')) {
      throw new UsageError(`${flag}: expected a flag and its value`);
    }
    values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  const one = (flag: string) => values.get(flag)?.at(-1);
  const known = ['--in', '--out', '--min-sitelinks', '--languages', '--id', '--name', '--version'];
  const unknown = [...values.keys()].find((flag) => !known.includes(flag));
  if (unknown) throw new UsageError(`${unknown}: not an option`);
  const inputs = values.get('--in') ?? [];
  const out = one('--out');
  if (inputs.length === 0 || !out) throw new UsageError('--in and --out are required');
  return {
    inputs,
    out,
    minSitelinks: count('--min-sitelinks', one('--min-sitelinks'), DEFAULT_MIN_SITELINKS, 0),
    languages: languagesOf(one('--languages')),
    packId: slugOf(one('--id') ?? 'wikidata'),
    packName: one('--name') ?? 'Wikidata',
    version: count('--version', one('--version'), 1, 1),
  };
}

function count(flag: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`${flag}: expected a whole number of at least ${String(min)}`);
  return value;
}

function languagesOf(text: string | undefined): string[] {
  if (text === undefined) return DEFAULT_LANGUAGES;
  const languages = text
    .split(',')
    .map((lang) => lang.trim())
    .filter(Boolean);
  const bad = languages.find((lang) => !/^[a-z]{2,3}(-[a-z]+)?$/.test(lang));
  if (bad || languages.length === 0)
    throw new UsageError(`--languages: "${bad ?? text}" is not a list of language codes such as en,fr`);
  return languages;
}

function slugOf(id: string): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new UsageError(`--id: "${id}" must be a kebab-case id such as wikidata-people`);
  return id;
}
