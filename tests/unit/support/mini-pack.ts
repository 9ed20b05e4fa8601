import { BackstoryDatabase } from '@/lib/store';

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
        id: 'sergey-lavrov', kind: 'person', name: 'Sergey Lavrov',
        summary: 'Russian foreign minister since 2004.',
        aliases: [{ text: 'Lavrov' }, { text: 'Sergei Lavrov' }],
        facts: [
          { text: 'Appointed foreign minister of Russia.', date: '2004-03-09', source: { url: 'https://en.wikipedia.org/wiki/Sergey_Lavrov', title: 'Wikipedia' } },
          { text: 'Hosted the Moscow conference on Syria.', date: '2016-12-20' },
        ],
        relations: [{ type: 'member-of', target: 'russia', start: '2004' }],
      },
      {
        id: 'russia', kind: 'state', name: 'Russia', summary: 'A state.',
        aliases: [{ text: 'Russian' }, { text: 'Russians' }], facts: [], relations: [],
      },
      {
        id: 'moscow-conference-2016', kind: 'event', eventType: 'conference', start: '2016-12-20', place: 'moscow',
        name: 'Moscow conference', summary: 'Talks of Russia, Iran and Turkey.', aliases: [], facts: [],
        relations: [],
      },
      { id: 'moscow', kind: 'place', name: 'Moscow', summary: 'Capital of Russia.', aliases: [], facts: [], relations: [{ type: 'located-in', target: 'russia' }] },
      { id: 'turkey', kind: 'state', name: 'Turkey', summary: 'A state.', aliases: [{ text: 'Turkish' }], facts: [], relations: [] },
    ],
  };
}

let counter = 0;
/** Each test gets its own database in fake-indexeddb. */
export function freshDatabase(): BackstoryDatabase {
  counter += 1;
  return new BackstoryDatabase(`test-${counter}-${Math.random()}`);
}
