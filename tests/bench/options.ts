import { REAL_SHAPED_SIZE } from './dictionary';
import { PAGE_SIZES } from './pages';

/**
 * Command-line filters, to measure one figure while iterating instead of the whole run
 * (`npm run bench -- --dictionaries=installed --pages=none --peers=none --card=no --sync=no --import=no`).
 * A filtered run writes bench-output/filtered.md and leaves latest.md, the full run's
 * report, alone.
 */
export interface BenchOptions {
  /** Dictionary sizes to measure; undefined stands for the store as installed. */
  dictionaries: (number | undefined)[];
  /** Indices into PAGE_SIZES. */
  pages: number[];
  peers: 'all' | 'floor' | 'none';
  card: boolean;
  /** Sync against Apache on loopback (issue 6). */
  sync: boolean;
  /** The first page after a 100,000-name pack import through the editor's messages (issue 16). */
  import: boolean;
  /** Loads per figure; by default 3, and 5 on the 50 KB page (pages.ts). */
  repeats: number | undefined;
  filtered: boolean;
}

/** The last: 100,000 entities of real shape, a name and three aliases each (issue 13). */
export const DICTIONARY_SIZES = [100, 1_000, 10_000, 100_000, REAL_SHAPED_SIZE];

function value(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function list(text: string): string[] {
  return text === 'none'
    ? []
    : text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

function pageIndex(label: string): number {
  const index = PAGE_SIZES.findIndex(
    (p) => p.label.replace(/\s/g, '').toLowerCase() === label.replace(/\s/g, '').toLowerCase(),
  );
  if (index < 0)
    throw new Error(
      `--pages: unknown page ${label}; known: ${PAGE_SIZES.map((p) => p.label.replace(/\s/g, '')).join(', ')}`,
    );
  return index;
}

function dictionarySize(text: string): number | undefined {
  if (text === 'installed') return undefined;
  const size = Number(text);
  if (!DICTIONARY_SIZES.includes(size))
    throw new Error(`--dictionaries: unknown size ${text}; known: installed, ${DICTIONARY_SIZES.join(', ')}`);
  return size;
}

export function parseOptions(args: string[]): BenchOptions {
  const known = ['dictionaries', 'pages', 'peers', 'card', 'sync', 'import', 'repeats'];
  for (const arg of args) {
    if (!known.some((name) => arg.startsWith(`--${name}=`)))
      throw new Error(`unknown option ${arg}; known: ${known.map((k) => `--${k}=`).join(' ')}`);
  }
  const dictionaries = value(args, 'dictionaries');
  const pages = value(args, 'pages');
  const peers = value(args, 'peers') ?? 'all';
  if (peers !== 'all' && peers !== 'floor' && peers !== 'none') throw new Error('--peers: all, floor or none');
  const repeats = value(args, 'repeats') === undefined ? undefined : Number(value(args, 'repeats'));
  if (repeats !== undefined && (!Number.isInteger(repeats) || repeats < 1))
    throw new Error('--repeats: a whole number, 1 or more');
  return {
    dictionaries:
      dictionaries === undefined ? [undefined, ...DICTIONARY_SIZES] : list(dictionaries).map(dictionarySize),
    pages: pages === undefined ? PAGE_SIZES.map((_, i) => i) : list(pages).map(pageIndex),
    peers,
    card: (value(args, 'card') ?? 'yes') !== 'no',
    sync: (value(args, 'sync') ?? 'yes') !== 'no',
    import: (value(args, 'import') ?? 'yes') !== 'no',
    repeats,
    filtered: args.length > 0,
  };
}
