import { readFileSync } from 'node:fs';
import type { AliasRecord, EntityKind, EntityRecord } from '@/lib/store/records';
import { Random } from './random';

/**
 * Dictionaries of a given number of aliases, as the store would hold them after a reader
 * imported a few large packs. Every dictionary starts with the same 100 "core" aliases,
 * the only names the generated pages use, so each dictionary marks the same mentions and
 * the rows of the table differ only in dictionary size. Dictionaries of 1,000 aliases and
 * more also hold the starter pack (477 aliases), as a real reader's store would; the
 * 100-alias one has it tombstoned, as if the reader had removed it. The world pack (bundled
 * too: 11,534 names and aliases at version 1) is tombstoned in every one, as a reader removing it would
 * leave it, so that a dictionary's size is all the store can match (store-writer.ts checks).
 * The store as installed, with both packs, is measured as a case of its own.
 */
export const CORE_SIZE = 100;

export interface CoreAlias {
  text: string;
  caseSensitive: boolean;
}

export interface Dictionary {
  /** Matchable aliases in the store: entity names plus their aliases. */
  size: number;
  withStarterPack: boolean;
  entities: EntityRecord[];
  aliases: AliasRecord[];
  /** Every matchable text, for the peers (mark.js, regex) to search for. */
  texts: string[];
}

// Invented names: no word of them occurs in the pages' prose, so nothing but the names
// inserted on purpose can match. They start and end with ASCII letters (a regex `\b`
// works there) and some carry diacritics inside, which the matcher folds.
const SYLLABLES = [
  'Ka',
  'Lo',
  'Ve',
  'Mi',
  'Da',
  'Se',
  'To',
  'Vi',
  'Ar',
  'Ne',
  'Bo',
  'Ri',
  'Zu',
  'Ha',
  'Pe',
  'Go',
  'Ju',
  'Me',
  'Sa',
  'Ti',
  'Ko',
  'Ra',
  'Du',
  'Le',
];
const SURNAME_ENDS = [
  'lenko',
  'rov',
  'čak',
  'vani',
  'rescu',
  'sen',
  'dottir',
  'rez',
  'baum',
  'wski',
  'rani',
  'oğlu',
  'mann',
  'ovska',
  'rier',
  'šek',
];
const GIVEN_ENDS = ['na', 'ra', 'lo', 'mir', 'dan', 'ja', 'vin', 'tor', 'sa', 'len', 'rek', 'mila'];
const PLACE_ENDS = ['a', 'an', 'ar', 'ovo', 'ia', 'ek', 'stan', 'burg', 'ville', 'abad', 'ína', 'ąk'];
const TITLES = ['General', 'Colonel', 'Minister', 'President', 'Commander', 'Senator', 'Ambassador'];
const GROUP_LEADS = [
  'Free',
  'Northern',
  'Southern',
  'United',
  'Revolutionary',
  'Popular',
  'Independent',
  'Loyal',
  'Martyrs of',
  'Sons of',
  'Lions of',
  'Guardians of',
];
const GROUP_UNITS = ['Brigade', 'Battalion', 'Front', 'Movement', 'Regiment', 'Legion', 'Division', 'Corps', 'Guard'];
const ORG_WORDS = [
  'Reconstruction Council',
  'Relief Agency',
  'Development Bank',
  'Electoral Commission',
  'Water Authority',
  'Press Union',
  'Chamber of Commerce',
];
const PLACE_FORMS = ['Port {P}', '{P} Valley', 'Mount {P}', '{P} Province', 'Lake {P}', '{P} Heights'];
const EVENT_FORMS = [
  'Battle of {P}',
  'Siege of {P}',
  '{P} Conference',
  '{P} Accords',
  '{P} Offensive',
  'Treaty of {P}',
];

function word(random: Random, ends: readonly string[]): string {
  const first = random.pick(SYLLABLES);
  return first + random.pick(SYLLABLES).toLowerCase() + random.pick(ends);
}

export interface Draft {
  kind: EntityKind;
  name: string;
  aliases: CoreAlias[];
}

function draftEntity(random: Random): Draft {
  const roll = random.next();
  const place = () => word(random, PLACE_ENDS);
  if (roll < 0.6) {
    const surname = word(random, SURNAME_ENDS);
    const aliases: CoreAlias[] = [];
    if (random.chance(0.4)) aliases.push({ text: `${random.pick(TITLES)} ${surname}`, caseSensitive: false });
    // Later references by surname alone, like "Assad": one word, so only as written.
    if (random.chance(0.15)) aliases.push({ text: surname, caseSensitive: true });
    return { kind: 'person', name: `${random.pick(SYLLABLES)}${random.pick(GIVEN_ENDS)} ${surname}`, aliases };
  }
  if (roll < 0.75) {
    const core = `${place()} ${random.pick(GROUP_UNITS)}`;
    return {
      kind: 'armed-group',
      name: `${random.pick(GROUP_LEADS)} ${core}`,
      aliases: random.chance(0.4) ? [{ text: core, caseSensitive: false }] : [],
    };
  }
  if (roll < 0.85) return { kind: 'organisation', name: `${place()} ${random.pick(ORG_WORDS)}`, aliases: [] };
  if (roll < 0.93) return { kind: 'place', name: random.pick(PLACE_FORMS).replace('{P}', place()), aliases: [] };
  return { kind: 'event', name: random.pick(EVENT_FORMS).replace('{P}', place()), aliases: [] };
}

/**
 * The size of a store of 100,000 entities as a Wikidata pack gives them (issue 13): a real-length
 * name and three aliases each (a title and surname, the surname alone, a spelling variant), 400,000
 * matchable texts in all.
 */
export const REAL_SHAPED_SIZE = 400_000;

/** A draft topped up to three aliases, in the ways real items' aliases vary. */
function withThreeAliases(draft: Draft, random: Random): Draft {
  const words = draft.name.split(' ');
  const last = words.at(-1)!;
  const variants: CoreAlias[] =
    draft.kind === 'person'
      ? [
          { text: `${random.pick(TITLES)} ${last}`, caseSensitive: false },
          { text: last, caseSensitive: true },
        ]
      : [
          { text: `The ${draft.name}`, caseSensitive: false },
          { text: `${draft.name} ${random.pick(['Region', 'Group', 'Council'])}`, caseSensitive: false },
        ];
  variants.push({
    text: draft.name
      .replace(/k/g, 'q')
      .replace(/v/g, 'w')
      .replace(/a(?=[^a]*$)/, 'ah'),
    caseSensitive: false,
  });
  return { ...draft, aliases: variants.slice(0, 3) };
}

function foldKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Drafts entities until exactly `count` new matchable texts exist, skipping any text already taken. */
function draftMany(random: Random, count: number, taken: Set<string>, realShaped = false): Draft[] {
  const drafts: Draft[] = [];
  let made = 0;
  while (made < count) {
    const draft = realShaped ? withThreeAliases(draftEntity(random), random) : draftEntity(random);
    const texts = [draft.name, ...draft.aliases.map((a) => a.text)].slice(0, count - made);
    if (texts.some((text) => taken.has(foldKey(text))) || new Set(texts.map(foldKey)).size < texts.length) continue;
    for (const text of texts) taken.add(foldKey(text));
    drafts.push({ ...draft, aliases: draft.aliases.slice(0, texts.length - 1) });
    made += texts.length;
  }
  return drafts;
}

const CORE_SEED = 20161219;
const FILLER_SEED = 20170104;

function coreDrafts(taken = new Set<string>()): Draft[] {
  return draftMany(new Random(CORE_SEED), CORE_SIZE, taken);
}

function textsOf(drafts: Draft[]): string[] {
  return drafts.flatMap((d) => [d.name, ...d.aliases.map((a) => a.text)]);
}

/** The names the pages mention: present in every dictionary. */
export function coreAliases(): CoreAlias[] {
  return coreDrafts().flatMap((d) => [{ text: d.name, caseSensitive: !d.name.includes(' ') }, ...d.aliases]);
}

/** The starter pack's matchable texts (entity names and aliases), as the store lists them. */
export function starterTexts(): string[] {
  const pack = JSON.parse(readFileSync(new URL('../../lib/packs/starter-pack.json', import.meta.url), 'utf8')) as {
    entities: { name: string; aliases: { text: string }[] }[];
  };
  return pack.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
}

/**
 * Entities of real shape (a name and three aliases) whose names and aliases number `size`, the
 * 100 core names first: a pack to import into the store as installed, whose starter and world
 * packs stay (tests/bench/after-import.ts). The core names are the pages' only names, so a page
 * is marked only once the pack is in.
 */
export function importedDrafts(size: number): Draft[] {
  const core = coreDrafts();
  const taken = new Set([...textsOf(core), ...starterTexts()].map(foldKey));
  return [...core, ...draftMany(new Random(FILLER_SEED), size - CORE_SIZE, taken, true)];
}

export function buildDictionary(size: number, now = Date.now()): Dictionary {
  const withStarterPack = size > CORE_SIZE;
  const starter = withStarterPack ? starterTexts() : [];
  const core = coreDrafts();
  const taken = new Set(textsOf(core).map(foldKey));
  for (const text of starter) {
    if (taken.has(foldKey(text)))
      throw new Error(`The starter pack's "${text}" is also a core name; pick other syllables.`);
    taken.add(foldKey(text));
  }
  const filler = draftMany(
    new Random(FILLER_SEED),
    size - CORE_SIZE - starter.length,
    taken,
    size === REAL_SHAPED_SIZE,
  );
  const drafts = [...core, ...filler];
  const entities: EntityRecord[] = [];
  const aliases: AliasRecord[] = [];
  const stamp = { createdAt: now, updatedAt: now, origin: 'reader' as const };
  drafts.forEach((draft, index) => {
    const id = `bench-${index}`;
    entities.push({
      id,
      ...stamp,
      kind: draft.kind,
      name: draft.name,
      summary: `A ${draft.kind} invented for the benchmark.`,
    });
    draft.aliases.forEach((alias, n) => aliases.push({ id: `${id}#alias:${n}`, ...stamp, entityId: id, ...alias }));
  });
  const texts = [...starter, ...textsOf(drafts)];
  return { size: texts.length, withStarterPack, entities, aliases, texts };
}
