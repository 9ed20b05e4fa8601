import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { Random } from './random';

/**
 * A generated Wikidata JSON dump (`[`, one entity a line, `]`, gzipped) of real shape: labels in a
 * dozen languages, descriptions, aliases, statements with qualifiers and references in Wikibase's
 * JSON, and as many sitelinks as the item's fame gives it. Items link to each other (a person's
 * party and positions, a city's state, a battle's place and participants), as real items do, so
 * the builder's label pass and relations have work to do. About 2.5 KB an item: a real dump's
 * items are bigger (more languages, more statements), which the builder skips over unparsed.
 */
export const DUMP_SEED = 20240513;
const STATES = 200;
const POSITIONS = 300;
const FIRST_ID = 70_000_000;

const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'ja', 'ar', 'zh'];
const SYL = [
  'bar',
  'ken',
  'dor',
  'mal',
  'tis',
  'ven',
  'ruk',
  'sol',
  'ami',
  'zen',
  'hal',
  'oru',
  'pel',
  'tam',
  'vik',
  'nes',
  'lor',
  'gad',
];
const GIVEN = [
  'Amira',
  'Tomas',
  'Leyla',
  'Joran',
  'Ines',
  'Kofi',
  'Mirela',
  'Dario',
  'Sanna',
  'Viktor',
  'Noor',
  'Hugo',
  'Ayla',
  'Pavel',
];
const ORG = ['Party', 'Union', 'Council', 'Bank', 'Institute', 'Agency', 'Company', 'Foundation'];
const GROUP = ['Front', 'Brigade', 'Army', 'Movement', 'Legion'];
const EVENT = ['Battle of', 'Siege of', 'Offensive of', 'Treaty of'];

type Kind = 'person' | 'organisation' | 'armed-group' | 'place' | 'event' | 'state' | 'position';
const CLASS: Record<Kind, string> = {
  person: 'Q5',
  organisation: 'Q43229',
  'armed-group': 'Q17149090',
  place: 'Q515',
  event: 'Q178561',
  state: 'Q3624078',
  position: 'Q4164871',
};

const qid = (n: number) => `Q${String(FIRST_ID + n)}`;
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function word(random: Random, syllables = 2): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += random.pick(SYL);
  return cap(text);
}

function itemSnak(property: string, id: string) {
  return {
    snaktype: 'value',
    property,
    datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id }, type: 'wikibase-entityid' },
    datatype: 'wikibase-item',
  };
}

function timeSnak(property: string, year: number, month: number, precision: 9 | 10 | 11) {
  const time = `+${String(year)}-${String(precision >= 10 ? month : 0).padStart(2, '0')}-${precision === 11 ? '14' : '00'}T00:00:00Z`;
  return {
    snaktype: 'value',
    property,
    datatype: 'time',
    datavalue: {
      value: {
        time,
        timezone: 0,
        before: 0,
        after: 0,
        precision,
        calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
      },
      type: 'time',
    },
  };
}

class Statements {
  readonly claims: Record<string, unknown[]> = {};
  private count = 0;
  constructor(private readonly id: string) {}

  add(snak: { property: string }, qualifiers: { property: string }[] = [], reference?: string): this {
    this.count += 1;
    const statement: Record<string, unknown> = {
      mainsnak: snak,
      type: 'statement',
      id: `${this.id}$${String(this.count).padStart(8, '0')}-5A1C-4E0B-9D2F-00B3A7C41E6D`,
      rank: 'normal',
    };
    if (qualifiers.length) {
      statement.qualifiers = Object.fromEntries(qualifiers.map((q) => [q.property, [q]]));
      statement['qualifiers-order'] = qualifiers.map((q) => q.property);
    }
    if (reference) {
      statement.references = [
        {
          hash: 'd1b5e3f0a9c24c1e',
          snaks: {
            P854: [
              { snaktype: 'value', property: 'P854', datavalue: { value: reference, type: 'string' }, datatype: 'url' },
            ],
          },
          'snaks-order': ['P854'],
        },
      ];
    }
    (this.claims[snak.property] ??= []).push(statement);
    return this;
  }
}

interface Drafted {
  kind: Kind;
  name: string;
  description: string;
}

function kindOf(n: number, random: Random): Kind {
  if (n < STATES) return 'state';
  if (n < STATES + POSITIONS) return 'position';
  const roll = random.next();
  return roll < 0.55
    ? 'person'
    : roll < 0.7
      ? 'organisation'
      : roll < 0.78
        ? 'armed-group'
        : roll < 0.93
          ? 'place'
          : 'event';
}

function draft(kind: Kind, random: Random, stateName: string): Drafted {
  switch (kind) {
    case 'state':
      return { kind, name: word(random, 3), description: 'sovereign state' };
    case 'position':
      return { kind, name: `Minister of ${word(random)} of ${stateName}`, description: 'government position' };
    case 'person':
      return { kind, name: `${random.pick(GIVEN)} ${word(random, 3)}`, description: `politician from ${stateName}` };
    case 'organisation':
      return { kind, name: `${word(random)} ${random.pick(ORG)}`, description: `organisation in ${stateName}` };
    case 'armed-group':
      return { kind, name: `${word(random)} ${random.pick(GROUP)}`, description: `armed group active in ${stateName}` };
    case 'place':
      return { kind, name: `${word(random, random.chance(0.5) ? 2 : 3)}`, description: `city in ${stateName}` };
    case 'event':
      return { kind, name: `${random.pick(EVENT)} ${word(random)}`, description: `battle in ${stateName}` };
  }
}

/** Most items are written about a little, a few a lot: 3% fall under the default of 10 sitelinks. */
function sitelinksOf(random: Random, kind: Kind): Record<string, unknown> {
  const count =
    kind === 'state' ? 150 : random.chance(0.03) ? random.int(10) : 10 + Math.floor((1 / (0.02 + random.next())) * 4);
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const site = `${LANGS[i % LANGS.length]!}${i < LANGS.length ? '' : String(i)}wiki`;
      return [site, { site, title: 'Title', badges: [] }];
    }),
  );
}

function statementsOf(id: string, kind: Kind, random: Random, n: number, made: number): Statements {
  const s = new Statements(id).add(itemSnak('P31', CLASS[kind]));
  const state = qid(random.int(STATES));
  const year = 1900 + random.int(120);
  const earlier = (max: number) =>
    qid(STATES + POSITIONS + random.int(Math.max(1, Math.min(max, made) - STATES - POSITIONS)));
  if (kind === 'person') {
    s.add(timeSnak('P569', year - 60, 1 + random.int(12), random.chance(0.7) ? 11 : 9));
    for (let i = 0; i < 2; i++) {
      s.add(
        itemSnak('P39', qid(STATES + random.int(POSITIONS))),
        [timeSnak('P580', year, 1 + random.int(12), 11), timeSnak('P582', year + 4, 3, 10)],
        'https://www.example.org/news/appointment',
      );
    }
    if (n > STATES + POSITIONS + 100) s.add(itemSnak('P102', earlier(n)));
    s.add(itemSnak('P27', state));
  } else if (kind === 'place') {
    s.add(itemSnak('P17', state)).add(timeSnak('P571', year - 500, 1, 9));
  } else if (kind === 'organisation' || kind === 'armed-group') {
    s.add(itemSnak('P17', state)).add(
      timeSnak('P571', year, 1 + random.int(12), 10),
      [],
      'https://www.example.org/history',
    );
  } else if (kind === 'event') {
    s.add(timeSnak('P580', year, 1 + random.int(12), 10)).add(timeSnak('P582', year, 12, 11));
    if (n > STATES + POSITIONS + 100)
      s.add(itemSnak('P276', earlier(n)))
        .add(itemSnak('P710', earlier(n)))
        .add(itemSnak('P710', earlier(n)));
  } else if (kind === 'state') {
    s.add(timeSnak('P571', year - 100, 1, 9));
  }
  return s;
}

/** One dump line's entity. */
export function dumpEntity(n: number, random: Random): Record<string, unknown> {
  const id = qid(n);
  const kind = kindOf(n, random);
  const { name, description } = draft(kind, random, `State ${String(n % STATES)}`);
  const labels = Object.fromEntries(
    LANGS.map((lang, i) => [lang, { language: lang, value: i < 6 || kind !== 'person' ? name : `${name} (${lang})` }]),
  );
  const descriptions = Object.fromEntries(
    LANGS.slice(0, 4).map((lang) => [lang, { language: lang, value: description }]),
  );
  const aliases: Record<string, { language: string; value: string }[]> = {};
  if (kind === 'person')
    aliases.en = [
      { language: 'en', value: name.split(' ')[1]! },
      { language: 'en', value: `${name.split(' ')[0]!.charAt(0)}. ${name.split(' ')[1]!}` },
    ];
  if (kind !== 'person' && random.chance(0.5))
    aliases.en = [{ language: 'en', value: `${name} ${random.pick(['Region', 'Group', 'Area'])}` }];
  aliases.fr = [{ language: 'fr', value: `${name}-${random.pick(SYL)}` }];
  const claims = statementsOf(id, kind, random, n, n).claims;
  return {
    type: 'item',
    id,
    labels,
    descriptions,
    aliases,
    claims,
    sitelinks: sitelinksOf(random, kind),
    lastrevid: 2_000_000_000 + n,
  };
}

/** Writes a dump of `actors` items beside the states and positions they name, gzipped; resolves with its bytes. */
export async function writeDump(file: string, actors: number, seed = DUMP_SEED): Promise<number> {
  const random = new Random(seed);
  const gzip = createGzip({ level: 1 });
  const out = createWriteStream(file);
  gzip.pipe(out);
  const write = async (stream: Writable, text: string) => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  const total = STATES + POSITIONS + actors;
  await write(gzip, '[\n');
  for (let n = 0; n < total; n++)
    await write(gzip, `${JSON.stringify(dumpEntity(n, random))}${n < total - 1 ? ',' : ''}\n`);
  await write(gzip, ']\n');
  gzip.end();
  await once(out, 'finish');
  return out.bytesWritten;
}
