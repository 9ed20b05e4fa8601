import * as v from 'valibot';
import { buildMatcher, loadMatcher, prepareFolding, type Matcher, type SerializedMatcher } from '@/lib/matcher';
import type { ChunkHit, PageEntity } from '@/lib/messaging/protocol';
import {
  ENTITY_KINDS, listEntitiesWithAliases, listMatchableAliases, matchableStoreKey, type BackstoryDatabase,
} from '@/lib/store';

const CACHE_ID = 'mention-index';

/** The cached entity list is checked like any input: a bad cache is rebuilt, never trusted. */
const CachedEntitiesSchema = v.array(v.strictObject({ id: v.string(), name: v.string(), kind: v.picklist(ENTITY_KINDS) }));

interface CachedIndex {
  matcher: SerializedMatcher;
  entities: PageEntity[];
}

/**
 * One alias automaton for every tab, rebuilt when the store changes and cached in the
 * store so that a worker woken by a tab answers without rebuilding. Tabs send text and
 * get back hits plus the names and kinds of the entities hit: a tab never holds the
 * dictionary.
 */
export class MentionIndex {
  private matcher: Matcher | undefined;
  private entities = new Map<string, PageEntity>();
  private building: Promise<void> | undefined;

  constructor(private readonly db: BackstoryDatabase) {}

  /** Marks the index stale; the next lookup rebuilds it once, however many writes came before. */
  invalidate(): void {
    this.building = undefined;
  }

  /** Starts loading (or building) the index ahead of the first request. */
  warm(): void {
    void this.ready().catch(() => undefined);
  }

  private ready(): Promise<void> {
    // A failed build (a blocked database) must not stick: the next request tries again.
    this.building ??= this.refresh().catch((error: unknown) => {
      this.building = undefined;
      throw error;
    });
    return this.building;
  }

  private async refresh(): Promise<void> {
    const reading = matchableStoreKey(this.db);
    // The store is read off this thread (~10 ms in a woken worker); fold tables for the
    // common scripts are filled meanwhile rather than during the first request's scan.
    prepareFolding();
    const key = await reading;
    const cached = await this.readCache(key);
    if (cached) return this.use(cached.matcher, cached.entities);
    const [aliases, all] = await Promise.all([listMatchableAliases(this.db), listEntitiesWithAliases(this.db)]);
    const entities = all.map(({ entity }) => ({ id: entity.id, name: entity.name, kind: entity.kind }));
    const matcher = buildMatcher(aliases);
    this.use(matcher, entities);
    const value: CachedIndex = { matcher: matcher.serialize(), entities };
    await this.db.cache.put({ id: CACHE_ID, key, value });
  }

  private async readCache(key: string): Promise<{ matcher: Matcher; entities: PageEntity[] } | undefined> {
    const record = await this.db.cache.get(CACHE_ID);
    if (!record || record.key !== key) return undefined;
    try {
      const value = record.value as CachedIndex;
      return { matcher: loadMatcher(value.matcher), entities: v.parse(CachedEntitiesSchema, value.entities) };
    } catch {
      return undefined;
    }
  }

  private use(matcher: Matcher, entities: PageEntity[]): void {
    this.matcher = matcher;
    this.entities = new Map(entities.map((entity) => [entity.id, entity]));
  }

  async find(chunks: string[]): Promise<{ hits: ChunkHit[]; entities: PageEntity[] }> {
    await this.ready();
    const hits: ChunkHit[] = [];
    const seen = new Map<string, PageEntity>();
    chunks.forEach((text, chunk) => {
      for (const hit of this.matcher!.findMentions(text)) {
        const entity = this.entities.get(hit.entityId);
        if (!entity) continue;
        seen.set(entity.id, entity);
        hits.push({ chunk, start: hit.start, end: hit.end, entityId: hit.entityId });
      }
    });
    return { hits, entities: [...seen.values()] };
  }
}
