import { Random } from './random';

/**
 * A pack set (format 3) of invented actors shaped like a Wikidata pack's: a real-length name, three
 * aliases, a dated fact with its source and a relation each, so an import of N entities writes
 * about 6 × N records. Seeded: every run imports the same pack.
 */
const FIRST = [
  'Amira',
  'Bashar',
  'Cemal',
  'Dmitri',
  'Elena',
  'Farid',
  'Gulnara',
  'Hassan',
  'Ilham',
  'Jamal',
  'Karim',
  'Layla',
  'Mahmoud',
  'Nadia',
  'Omar',
  'Pavel',
  'Qadir',
  'Rania',
  'Samir',
  'Tariq',
];
const SYLLABLES = [
  'al',
  'ba',
  'dor',
  'en',
  'fa',
  'gha',
  'hel',
  'ir',
  'jun',
  'ka',
  'lem',
  'mor',
  'nas',
  'ol',
  'pri',
  'rak',
  'sul',
  'tan',
  'ur',
  'vek',
  'wa',
  'yan',
  'zor',
  'qui',
  'xe',
  'mi',
];
const KINDS = ['person', 'organisation', 'armed-group', 'place'] as const;
/** Parts of at most about 4 MB, as `npm run pack:wikidata` writes them. */
const ENTITIES_PER_PART = 8_000;

/** A surname made of the digits of `n` in base 26: unique per entity, pronounceable, of real length. */
function surname(n: number): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return word[0]!.toUpperCase() + word.slice(1);
}

function entity(i: number, total: number, random: Random) {
  const first = random.pick(FIRST);
  const last = surname(i + 1000);
  return {
    id: `actor-${String(i)}`,
    kind: KINDS[i % KINDS.length]!,
    name: `${first} ${last}`,
    summary: `A figure of the conflict, born in ${String(1940 + (i % 60))}, known as ${last}.`,
    key: `wd:Q${String(100_000 + i)}`,
    aliases: [{ text: last }, { text: `${first[0]!}. ${last}` }, { text: `${last} al-${surname(i + 7)}` }],
    facts: [
      {
        text: `${first} ${last} took part in the talks of ${String(1990 + (i % 30))}.`,
        date: String(1990 + (i % 30)),
        source: { url: `https://www.wikidata.org/wiki/Q${String(100_000 + i)}`, title: 'Wikidata' },
      },
    ],
    relations: [{ type: 'member-of', target: `actor-${String((i * 7 + 1) % total)}` }],
  };
}

export interface PackPart {
  name: string;
  text: string;
}

export function importPackParts(total: number): PackPart[] {
  const random = new Random(13);
  return packSet(
    'bench-import',
    'Bench import',
    Array.from({ length: total }, (_, i) => entity(i, total, random)),
  );
}

/** A pack set (format 3) of `entities`, in parts of at most about 4 MB. */
export function packSet(id: string, name: string, entities: readonly object[]): PackPart[] {
  const count = Math.ceil(entities.length / ENTITIES_PER_PART);
  const names = Array.from({ length: count }, (_, i) => `${id}.part-${String(i + 1)}.json`);
  return names.map((file, i) => ({
    name: file,
    text: JSON.stringify({
      format: 'backstory-pack',
      formatVersion: 3,
      id,
      name,
      version: 1,
      part: i + 1,
      parts: names,
      entities: entities.slice(i * ENTITIES_PER_PART, (i + 1) * ENTITIES_PER_PART),
    }),
  }));
}

/** The name a page may say to be marked with the pack's last entity. */
export function lastAlias(total: number): string {
  return surname(total - 1 + 1000);
}
