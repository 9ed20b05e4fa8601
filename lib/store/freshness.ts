import type { BackstoryDatabase } from './db';

/**
 * A key that changes whenever an entity or alias is added, edited or deleted (deletes are
 * tombstones, which bump updatedAt too). Index lookups only: cheap even for 100,000 aliases,
 * unlike reading the aliases to hash them.
 */
export async function matchableStoreKey(db: BackstoryDatabase): Promise<string> {
  return db.transaction('r', [db.entities, db.aliases], async () => {
    const [entityCount, aliasCount, newestEntity, newestAlias] = await Promise.all([
      db.entities.count(),
      db.aliases.count(),
      db.entities.orderBy('updatedAt').last(),
      db.aliases.orderBy('updatedAt').last(),
    ]);
    return [entityCount, newestEntity?.updatedAt ?? 0, aliasCount, newestAlias?.updatedAt ?? 0].join(':');
  });
}
