import type { BackstoryDatabase } from './db';
import { isLive } from './records';

/** Live records per table (tombstones left out): what the reader would call "in my store". */
export interface StoreCounts {
  entities: number;
  aliases: number;
  facts: number;
  relations: number;
  notes: number;
  packs: number;
}

export async function countStore(db: BackstoryDatabase): Promise<StoreCounts> {
  return db.transaction('r', [db.entities, db.aliases, db.facts, db.relations, db.notes, db.packs], async () => {
    const [entities, aliases, facts, relations, notes, packs] = await Promise.all([
      db.entities.filter(isLive).count(),
      db.aliases.filter(isLive).count(),
      db.facts.filter(isLive).count(),
      db.relations.filter(isLive).count(),
      db.notes.filter(isLive).count(),
      db.packs.filter((pack) => pack.removedAt === undefined).count(),
    ]);
    return { entities, aliases, facts, relations, notes, packs };
  });
}
