import { buildMatcher, loadMatcher, prepareFolding, type Matcher, type SerializedMatcher } from '@/lib/matcher';
import type { ChunkHit, PageEntity } from '@/lib/messaging/protocol';
import { listEntitiesWithAliases, matchableAliases, matchableStoreKey, type BackstoryDatabase } from '@/lib/store';
import { entityAt, entityTable, isEntityTable, type EntityTable } from './entity-table';

const DECIMAL = /^(0|[1-9]\d*)$/;
const CACHE_ID = 'mention-index';

interface CachedIndex {
  matcher: SerializedMatcher;
  entities: EntityTable;
}

interface LoadedIndex {
  matcher: Matcher;
  entities: EntityTable;
}

/**
 * One alias automaton for every tab, rebuilt when the store changes and cached in the
 * store so that a worker woken by a tab answers without rebuilding. Tabs send text and
 * get back hits plus the names and kinds of the entities hit: a tab never holds the
 * dictionary.
 *
 * The automaton is built with each entity's position in the entity table as its id, so a
 * hit finds its entity without a map of every id being made at each start.
 */
export class MentionIndex {
  private building: Promise<LoadedIndex> | undefined;

  constructor(private readonly db: BackstoryDatabase) {}

  /** Marks the index stale; the next lookup rebuilds it once, however many writes came before. */
  invalidate(): void {
    this.building = undefined;
  }

  /** Starts loading (or building) the index ahead of the first request. */
  warm(): void {
    void this.ready().catch(() => undefined);
  }

  private ready(): Promise<LoadedIndex> {
    // A failed build (a blocked database) must not stick: the next request tries again.
    if (this.building) return this.building;
    const building: Promise<LoadedIndex> = this.refresh().catch((error: unknown) => {
      // Only this build's own failure is forgotten, not a newer build started meanwhile.
      if (this.building === building) this.building = undefined;
      throw error;
    });
    this.building = building;
    return building;
  }

  private async refresh(): Promise<LoadedIndex> {
    const reading = this.readCache();
    // The cache is read off this thread; fold tables for the common scripts are filled
    // meanwhile rather than during the first request's scan.
    prepareFolding();
    const { key, cached } = await reading;
    if (cached) return cached;
    // Read after the key: a write landing in between leaves a cache under the old key.
    const all = await listEntitiesWithAliases(this.db);
    const entities = all.map(({ entity }): PageEntity => ({ id: entity.id, name: entity.name, kind: entity.kind }));
    const positions = new Map(entities.map((entity, i) => [entity.id, String(i)]));
    const matcher = buildMatcher(matchableAliases(all).map((alias) => ({ ...alias, entityId: positions.get(alias.entityId)! })));
    const built = { matcher, entities: entityTable(entities) };
    const value: CachedIndex = { matcher: matcher.serialize(), entities: built.entities };
    // Not awaited: the tab waiting for hits need not wait for the write.
    void this.db.cache.put({ id: CACHE_ID, key, value }).catch(() => undefined);
    return built;
  }

  /** The freshness key and the cache in one read; a stale or bad cache is left for a rebuild. */
  private async readCache(): Promise<{ key: string; cached?: LoadedIndex }> {
    const [key, record] = await this.db.transaction('r', [this.db.meta, this.db.cache], () => Promise.all([
      matchableStoreKey(this.db),
      this.db.cache.get(CACHE_ID),
    ]));
    if (!record || record.key !== key) return { key };
    try {
      const value = record.value as CachedIndex;
      if (!isEntityTable(value.entities)) return { key };
      return { key, cached: { matcher: loadMatcher(value.matcher), entities: value.entities } };
    } catch {
      return { key };
    }
  }

  async find(chunks: string[]): Promise<{ hits: ChunkHit[]; entities: PageEntity[] }> {
    const { matcher, entities } = await this.ready();
    const hits: ChunkHit[] = [];
    const seen = new Map<number, PageEntity>();
    chunks.forEach((text, chunk) => {
      for (const hit of matcher.findMentions(text)) {
        // Positions are written as plain decimals; any other form is a damaged cache's.
        const position = DECIMAL.test(hit.entityId) ? Number(hit.entityId) : Number.NaN;
        const entity = seen.get(position) ?? entityAt(entities, position);
        if (!entity) continue;
        seen.set(position, entity);
        hits.push({ chunk, start: hit.start, end: hit.end, entityId: entity.id });
      }
    });
    return { hits, entities: [...seen.values()] };
  }
}
