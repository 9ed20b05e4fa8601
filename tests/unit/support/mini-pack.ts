import { BackstoryDatabase, type EntityRecord } from '@/lib/store';

/** A small pack in the starter pack's format, for tests that need real records. */
export function miniPack() {
  return {
    format: 'backstory-pack',
    formatVersion: 1,
    id: 'mini',
    name: 'Mini pack',
    version: 1,
    entities: [
      {
        id: 'sergey-lavrov',
        kind: 'person',
        name: 'Sergey Lavrov',
        summary: 'Russian foreign minister since 2004.',
        aliases: [{ text: 'Lavrov' }, { text: 'Sergei Lavrov' }],
        facts: [
          {
            text: 'Appointed foreign minister of Russia.',
            date: '2004-03-09',
            source: { url: 'https://en.wikipedia.org/wiki/Sergey_Lavrov', title: 'Wikipedia' },
          },
          { text: 'Hosted the Moscow conference on Syria.', date: '2016-12-20' },
        ],
        relations: [{ type: 'member-of', target: 'russia', start: '2004' }],
      },
      {
        id: 'russia',
        kind: 'state',
        name: 'Russia',
        summary: 'A state.',
        aliases: [{ text: 'Russian' }, { text: 'Russians' }],
        facts: [],
        relations: [],
      },
      {
        id: 'moscow-conference-2016',
        kind: 'event',
        eventType: 'conference',
        start: '2016-12-20',
        place: 'moscow',
        name: 'Moscow conference',
        summary: 'Talks of Russia, Iran and Turkey.',
        aliases: [],
        facts: [],
        relations: [],
      },
      {
        id: 'moscow',
        kind: 'place',
        name: 'Moscow',
        summary: 'Capital of Russia.',
        aliases: [],
        facts: [],
        relations: [{ type: 'located-in', target: 'russia' }],
      },
      {
        id: 'turkey',
        kind: 'state',
        name: 'Turkey',
        summary: 'A state.',
        aliases: [{ text: 'Turkish' }],
        facts: [],
        relations: [],
      },
    ],
  };
}

/**
 * The mini pack in format 2: a data source, keys on the states and the city, a word-like alias,
 * an alias in French, and Moscow as Russia's capital.
 */
export function miniPackFormat2() {
  const pack = miniPack();
  const [lavrov, russia, conference, moscow, turkey] = pack.entities;
  return {
    ...pack,
    formatVersion: 2,
    sources: { geonames: { name: 'GeoNames', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' } },
    entities: [
      lavrov!,
      {
        ...russia!,
        key: 'iso:RU',
        sources: ['geonames'],
        aliases: [...russia!.aliases, { text: 'Russie', lang: 'fr' }],
      },
      conference!,
      {
        ...moscow!,
        key: 'geonames:524901',
        sources: ['geonames'],
        relations: [{ type: 'capital-of', target: 'russia' }],
      },
      {
        ...turkey!,
        key: 'iso:TR',
        aliases: [...turkey!.aliases, { text: 'Turkey', common: true, caseSensitive: true }],
      },
    ],
  };
}

let counter = 0;
/** Each test gets its own database in fake-indexeddb. */
export function freshDatabase(): BackstoryDatabase {
  counter += 1;
  return new BackstoryDatabase(`test-${counter}-${Math.random()}`);
}

/** A person the reader added by hand, with nothing else about it; `extra` overrides any field. */
export function readerEntity(id: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return { id, kind: 'person', name: id, summary: '', createdAt: 1, updatedAt: 1, origin: 'reader', ...extra };
}
