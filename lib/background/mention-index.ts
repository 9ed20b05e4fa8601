import {
  buildMatcherInSteps,
  inSlices,
  isTypedArray,
  loadMatcher,
  prepareFolding,
  type MatchHit,
  type Matcher,
  type SerializedMatcher,
  type Steps,
} from '@/lib/matcher';
import type { ChunkHit, PageEntity } from '@/lib/messaging/protocol';
import {
  isLive,
  listEntitiesWithAliases,
  readInPages,
  matchableAliasesInSteps,
  matchableStoreKey,
  type BackstoryDatabase,
  type EntityWithAliases,
  type RelationRecord,
  type StoreWrites,
} from '@/lib/store';
import { entityAt, entityTable, isEntityTable, type EntityTable } from './entity-table';
import { runInSlices } from './slices';

const DECIMAL = /^(0|[1-9]\d*)$/;
const CACHE_ID = 'mention-index';
/** Relations that tie a place to the place it lies in: what tells Georgia the state from Georgia the country. */
const PLACE_RELATIONS: ReadonlySet<string> = new Set(['located-in', 'part-of', 'capital-of']);

/** What the index keeps of the store's relations: enough to tell namesake places apart. */
interface PlaceRelations {
  /** Entity positions tied by a place relation, in pairs: [from, to, from, to, ...]. */
  pairs: Int32Array;
  /** Positions of the capitals of states: of two namesakes, the one a page means when it says no more. */
  capitals: Int32Array;
}

interface CachedIndex {
  matcher: SerializedMatcher;
  entities: EntityTable;
  places: PlaceRelations;
}

interface LoadedIndex {
  matcher: Matcher;
  entities: EntityTable;
  places: PlaceRelations;
  /** Per position, the positions tied to it by a place relation; made on the first shared name. */
  placeNeighbours?: Map<number, number[]>;
  capitals?: Set<number>;
}

/** How the index answers while the store has changed under it. */
export interface MentionIndexOptions {
  /**
   * How long a request waits for a rebuild before the newest index built earlier answers
   * it instead. Unset: every answer waits for an index of the store as it is.
   */
  staleAfterMs?: number;
  /** Called when a rebuild is in after older answers were given meanwhile: the tabs should ask again. */
  onFresh?: () => void;
}

/**
 * One alias automaton for every tab, rebuilt when the store changes and cached in the
 * store so that a worker woken by a tab answers without rebuilding. Tabs send text and
 * get back hits plus the names and kinds of the entities hit: a tab never holds the
 * dictionary.
 *
 * A rebuild starts as soon as the store changes, not when a tab next asks, and a tab that
 * asks while it runs is answered by the previous index (the one in memory, or a worker's
 * stale cache) once `staleAfterMs` has passed: at 100,000 aliases a rebuild takes over a
 * second, and a page must not wait that long for its first marks (issue 16). The rebuild
 * runs in slices of a few milliseconds (slices.ts) so that the request, and the timer that
 * ends its wait, are handled while it runs. When the new index is in, `onFresh` has the
 * tabs ask again.
 *
 * The automaton is built with each entity's position in the entity table as its id, so a
 * hit finds its entity without a map of every id being made at each start.
 */
export class MentionIndex {
  /** The build (or cache load) for the store as it is now. */
  private building: Promise<LoadedIndex> | undefined;
  /** Whether `building` has begun reading the store: a write before that is in it anyway. */
  private buildStarted = false;
  /** The newest build, settled or not: the next one starts after it, never beside it. */
  private latestBuild: Promise<unknown> = Promise.resolve();
  /** The newest index that was ready, perhaps older than the store. */
  private previous: LoadedIndex | undefined;
  private owesTabs = false;
  /** Counts store changes, so a preview read before one is not taken for the store after it. */
  private invalidations = 0;
  private pendingWarm: ReturnType<typeof setTimeout> | undefined;
  /** Requests past `staleAfterMs` before any older index was loaded: they take the first one in. */
  private awaitingPrevious: (() => void)[] = [];

  constructor(
    private readonly db: BackstoryDatabase,
    private readonly options: MentionIndexOptions = {},
  ) {}

  /** The store changed: one rebuild starts soon, however many writes come in a burst. */
  invalidate(): void {
    this.invalidations += 1;
    if (this.building && !this.buildStarted) return;
    this.building = undefined;
    clearTimeout(this.pendingWarm);
    this.pendingWarm = setTimeout(() => this.warm(), 0);
  }

  /**
   * A bundled pack is planned and about to be written in steps (seconds, for the world pack
   * at install): until the store next changes, the index answers as the store will be once
   * the pack's new records are in, and the tabs mark again with it. The first page after
   * install is marked while the store is still being written, not after (issue 12).
   * Only records the store lacks are taken from the plan: a record already stored (a
   * reader's edit or delete included) is indexed as it is until the pack's write lands.
   */
  async preview(writes: Pick<StoreWrites, 'entities' | 'aliases' | 'relations'>): Promise<void> {
    const { db } = this;
    const invalidations = this.invalidations;
    const stored = await db.transaction('r', [db.entities, db.aliases, db.relations], async () => ({
      all: await listEntitiesWithAliases(db),
      relations: await readInPages(db.relations),
      ids: new Set(
        [
          ...(await db.entities.toCollection().primaryKeys()),
          ...(await db.aliases.toCollection().primaryKeys()),
          ...(await db.relations.toCollection().primaryKeys()),
        ].map(String),
      ),
    }));
    // A write of the store's own (not this pack's) landed meanwhile: the rebuild it started is truer.
    if (this.invalidations !== invalidations) return;
    const index = await runInSlices(indexInSteps(...withNewRecords(stored, writes)));
    if (this.invalidations !== invalidations) return;
    this.building = Promise.resolve(index);
    this.buildStarted = true;
    this.latestBuild = this.building;
    this.setPrevious(index);
    this.options.onFresh?.();
  }

  /** Starts loading (or building) the index ahead of the first request. */
  warm(): void {
    void this.ready().catch(() => undefined);
  }

  private ready(): Promise<LoadedIndex> {
    if (this.building) return this.building;
    this.buildStarted = false;
    const building: Promise<LoadedIndex> = this.latestBuild
      .then(() => {
        this.buildStarted = true;
        return this.refresh();
      })
      .then(
        (index) => {
          this.settled(index);
          return index;
        },
        (error: unknown) => {
          // A failed build (a blocked database) must not stick: the next request tries again.
          // Only this build's own failure is forgotten, not a newer build started meanwhile.
          if (this.building === building) this.building = undefined;
          throw error;
        },
      );
    this.building = building;
    this.latestBuild = building.catch(() => undefined);
    return building;
  }

  private setPrevious(index: LoadedIndex): void {
    this.previous = index;
    for (const resolve of this.awaitingPrevious.splice(0)) resolve();
  }

  private settled(index: LoadedIndex): void {
    this.setPrevious(index);
    if (!this.owesTabs) return;
    this.owesTabs = false;
    this.options.onFresh?.();
  }

  /** The index to answer with: the one for the store as it is, or the previous one if that is late. */
  private async answering(): Promise<LoadedIndex> {
    const building = this.ready();
    const { staleAfterMs } = this.options;
    if (staleAfterMs === undefined) return building;
    let done = false;
    const settled = building.then(
      () => {
        done = true;
      },
      () => {
        done = true;
      },
    );
    await Promise.race([settled, delay(staleAfterMs)]);
    // A woken worker may still be reading its stale cache: the first of it and the rebuild answers.
    if (!done && !this.previous)
      await Promise.race([settled, new Promise<void>((resolve) => this.awaitingPrevious.push(resolve))]);
    if (done || !this.previous) return building;
    this.owesTabs = true;
    return this.previous;
  }

  private async refresh(): Promise<LoadedIndex> {
    const reading = this.readCache();
    // The cache is read off this thread; fold tables for the common scripts are filled
    // meanwhile rather than during the first request's scan.
    prepareFolding();
    const { key, cached, stale } = await reading;
    if (cached) return cached;
    if (stale && !this.previous) this.setPrevious(stale);
    // Read after the key: a write landing in between leaves a cache under the old key.
    const { db } = this;
    const { all, relations } = await db.transaction('r', [db.entities, db.aliases, db.relations], async () => ({
      all: await listEntitiesWithAliases(db),
      relations: await readInPages(db.relations),
    }));
    const built = await runInSlices(indexInSteps(all, relations));
    const value: CachedIndex = { matcher: built.matcher.serialize(), entities: built.entities, places: built.places };
    // Not awaited: the tab waiting for hits need not wait for the write.
    void this.db.cache.put({ id: CACHE_ID, key, value }).catch(() => undefined);
    return built;
  }

  /**
   * The freshness key and the cache in one read. A cache of an older store is loaded only
   * when nothing newer is in memory: it may answer while the rebuild runs. A bad cache is
   * left for the rebuild.
   */
  private async readCache(): Promise<{ key: string; cached?: LoadedIndex; stale?: LoadedIndex }> {
    const [key, record] = await this.db.transaction('r', [this.db.meta, this.db.cache], () =>
      Promise.all([matchableStoreKey(this.db), this.db.cache.get(CACHE_ID)]),
    );
    const current = record?.key === key;
    if (!record || (!current && (this.previous || this.options.staleAfterMs === undefined))) return { key };
    const loaded = loadCached(record.value);
    return current ? { key, cached: loaded } : { key, stale: loaded };
  }

  async find(chunks: string[]): Promise<{ hits: ChunkHit[]; entities: PageEntity[] }> {
    const index = await this.answering();
    const found = index.matcher.findMentionsInBlocks(chunks);
    const context = pageContext(found);
    const hits: ChunkHit[] = [];
    const seen = new Map<number, PageEntity>();
    found.forEach((chunkHits, chunk) => {
      for (const hit of chunkHits) {
        const candidates = [hit.entityId, ...(hit.alternatives ?? [])].map(positionOf);
        const position = candidates.length > 1 ? resolveShared(index, candidates, context) : candidates[0]!;
        const entity = seen.get(position) ?? entityAt(index.entities, position);
        if (!entity) continue;
        seen.set(position, entity);
        const alternatives = candidates
          .filter((other) => other !== position)
          .flatMap((other) => entityAt(index.entities, other)?.id ?? []);
        const { start, end } = hit;
        hits.push({ chunk, start, end, entityId: entity.id, ...(alternatives.length > 0 && { alternatives }) });
      }
    });
    return { hits, entities: [...seen.values()] };
  }
}

/** A cached index, checked as it is loaded; undefined when it is damaged or of an old shape. */
function loadCached(stored: unknown): LoadedIndex | undefined {
  try {
    const value = stored as CachedIndex;
    if (!isEntityTable(value.entities) || !isPlaceRelations(value.places, value.entities.kinds.length))
      return undefined;
    return { matcher: loadMatcher(value.matcher), entities: value.entities, places: value.places };
  } catch {
    return undefined;
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The automaton is built with each entity's position in the entity table as its id, in steps (lib/matcher's steps.ts). */
function* indexInSteps(all: EntityWithAliases[], relations: RelationRecord[]): Steps<LoadedIndex> {
  const entities: PageEntity[] = new Array<PageEntity>(all.length);
  const positions = new Map<string, number>();
  yield* inSlices(all.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const { id, name, kind } = all[i]!.entity;
      entities[i] = { id, name, kind };
      positions.set(id, i);
    }
  });
  const aliases = yield* matchableAliasesInSteps(all);
  yield* inSlices(aliases.length, (from, to) => {
    for (let i = from; i < to; i++)
      aliases[i] = { ...aliases[i]!, entityId: String(positions.get(aliases[i]!.entityId)!) };
  });
  const matcher = yield* buildMatcherInSteps(aliases);
  const places = placeRelations(relations, positions);
  return { matcher, entities: entityTable(entities), places };
}

function placeRelations(relations: RelationRecord[], positions: ReadonlyMap<string, number>): PlaceRelations {
  const pairs: number[] = [];
  const capitals: number[] = [];
  for (const relation of relations) {
    if (!isLive(relation) || !PLACE_RELATIONS.has(relation.type)) continue;
    const from = positions.get(relation.fromId);
    const to = positions.get(relation.toId);
    if (from === undefined || to === undefined) continue;
    pairs.push(from, to);
    if (relation.type === 'capital-of') capitals.push(from);
  }
  return { pairs: Int32Array.from(pairs), capitals: Int32Array.from(capitals) };
}

/** The store's live entities and relations, with a plan's records added where the store has no record of that id. */
function withNewRecords(
  stored: { all: EntityWithAliases[]; relations: RelationRecord[]; ids: ReadonlySet<string> },
  writes: Pick<StoreWrites, 'entities' | 'aliases' | 'relations'>,
): [EntityWithAliases[], RelationRecord[]] {
  const fresh = <T extends { id: string; deletedAt?: number }>(records: T[]) =>
    records.filter((record) => !stored.ids.has(record.id) && isLive(record));
  const all = new Map(stored.all.map((item) => [item.entity.id, { entity: item.entity, aliases: [...item.aliases] }]));
  for (const entity of fresh(writes.entities)) all.set(entity.id, { entity, aliases: [] });
  for (const alias of fresh(writes.aliases)) all.get(alias.entityId)?.aliases.push(alias);
  return [[...all.values()], [...stored.relations, ...fresh(writes.relations)]];
}

/** Positions are written as plain decimals; any other form is a damaged cache's. */
function positionOf(id: string): number {
  return DECIMAL.test(id) ? Number(id) : Number.NaN;
}

/** What the page names without doubt, and (made on the first shared name) the places those lie in or hold. */
interface PageContext {
  named: Set<number>;
  near?: Set<number>;
}

/** The entities of hits whose name no other entity shares. */
function pageContext(found: MatchHit[][]): PageContext {
  const named = new Set<number>();
  for (const chunkHits of found)
    for (const hit of chunkHits) if (!hit.alternatives) named.add(positionOf(hit.entityId));
  return { named };
}

/**
 * A shared name means the candidate tied by a place relation (located-in, part-of,
 * capital-of, either way) to something the page names without doubt: "Atlanta" makes
 * "Georgia" the state, "Tbilisi" the country. Failing that, the candidate that shares a
 * place with one ("Victoria" beside "Queensland": both in Australia); then a state's
 * capital ("London" alone is not London, Ontario); then the first, as the matcher ordered
 * them (the store's order of ids).
 */
function resolveShared(index: LoadedIndex, candidates: number[], context: PageContext): number {
  const neighbours = (index.placeNeighbours ??= neighboursOf(index.places.pairs));
  const capitals = (index.capitals ??= new Set(index.places.capitals));
  const tiedTo = (places: ReadonlySet<number>) =>
    candidates.find((candidate) => neighbours.get(candidate)?.some((other) => places.has(other)));
  context.near ??= new Set([...context.named].flatMap((position) => neighbours.get(position) ?? []));
  const capital = candidates.find((candidate) => capitals.has(candidate));
  return tiedTo(context.named) ?? tiedTo(context.near) ?? capital ?? candidates[0]!;
}

function neighboursOf(places: Int32Array): Map<number, number[]> {
  const neighbours = new Map<number, number[]>();
  const add = (from: number, to: number) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (let i = 0; i + 1 < places.length; i += 2) {
    add(places[i]!, places[i + 1]!);
    add(places[i + 1]!, places[i]!);
  }
  return neighbours;
}

/** Checked like the rest of the cache: positions inside the entity table, the pairs in pairs. */
function isPlaceRelations(value: unknown, entityCount: number): value is PlaceRelations {
  if (typeof value !== 'object' || value === null) return false;
  const { pairs, capitals } = value as Record<string, unknown>;
  return arePositions(pairs, entityCount) && pairs.length % 2 === 0 && arePositions(capitals, entityCount);
}

function arePositions(value: unknown, entityCount: number): value is Int32Array {
  if (!isTypedArray(value, Int32Array)) return false;
  for (let i = 0; i < value.length; i++) if (value[i]! < 0 || value[i]! >= entityCount) return false;
  return true;
}
