import { prepareFolding } from '@/lib/matcher';
import type { ChunkHit, PageEntity } from '@/lib/messaging/protocol';
import {
  listEntitiesWithAliases,
  readInPages,
  matchableStoreKey,
  stampAfterSteps,
  storesAsGiven,
  type BackstoryDatabase,
  type StampStep,
  type WriteMark,
} from '@/lib/store';
import { cachedForm, indexInSteps, loadCached, type LoadedIndex } from './index-build';
import { readIndexSources, withPlan, type PlannedRecords, type ReplacedRecords } from './index-preview';
import { hitsIn } from './page-hits';
import { runInSlices } from './slices';
import { markWake } from './wake-marks';

const CACHE_ID = 'mention-index';

/** A preview's index once it was put in, with what it put aside and what it was built from. */
interface Preview {
  index: LoadedIndex;
  /** The index that answered before: an import undone gives it back. */
  before: LoadedIndex | undefined;
  /** The store's changes counted when the preview began. */
  invalidations: number;
  /** The store's matchable stamp in the preview's read. */
  key: string;
}

/** What an import's owner tells the index of its planned writes (ImportJobs' `planned`). */
export interface ImportPreview {
  written(stamps: readonly StampStep[]): void;
  undone(): void;
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
 * tabs ask again. While a bundled pack or an import is written, the index is built ahead
 * from its plan (`preview`, `previewImport`), so the new names are marked at once.
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
  async preview(writes: PlannedRecords): Promise<void> {
    await this.previewed(writes, 'stored');
  }

  /**
   * An import is about to write `writes` in batches (minutes, for 100,000 actors): the index
   * answers as the store will be once they are in, as for a bundled pack (issue 16), replaced
   * records included where the mark stores them as planned (a new version's renames and
   * deletes). Once the batches are in, the previewed index is the store's, cached under its
   * new stamp without a rebuild, if the batches' stamps prove that nothing else wrote since
   * the preview read the store; else it is rebuilt. An import undone takes its names back.
   */
  previewImport(writes: PlannedRecords, mark: WriteMark | undefined): ImportPreview {
    const asPlanned = storesAsGiven(mark);
    const landing = this.previewed(writes, asPlanned ? 'planned' : 'stored').catch(() => undefined);
    return {
      written: (stamps) => void this.adopt(asPlanned ? landing : Promise.resolve(undefined), stamps),
      undone: () => void this.withdraw(landing),
    };
  }

  private async previewed(writes: PlannedRecords, replaced: ReplacedRecords): Promise<Preview | undefined> {
    const invalidations = this.invalidations;
    const sources = await readIndexSources(this.db);
    // A write of the store's own (not this plan's) landed meanwhile: the rebuild it started is truer.
    if (this.invalidations !== invalidations) return undefined;
    const index = await runInSlices(indexInSteps(...withPlan(sources, writes, replaced)));
    if (this.invalidations !== invalidations) return undefined;
    const before = this.previous;
    this.building = Promise.resolve(index);
    this.buildStarted = true;
    this.latestBuild = this.building;
    this.setPrevious(index);
    this.options.onFresh?.();
    return { index, before, invalidations, key: sources.key };
  }

  /** The planned writes are in: the preview stays, and is cached, only when it is proven to be the store's. */
  private async adopt(landing: Promise<Preview | undefined>, stamps: readonly StampStep[]): Promise<void> {
    const preview = await landing;
    const unchanged = preview !== undefined && this.invalidations === preview.invalidations;
    const key = unchanged ? stampAfterSteps(preview.key, stamps) : undefined;
    if (key === undefined || !(await this.cacheIfCurrent(preview!.index, key))) this.invalidate();
  }

  /** Writes the cache under `key` if that is still the store's stamp; in one transaction, so no write slips between. */
  private async cacheIfCurrent(index: LoadedIndex, key: string): Promise<boolean> {
    const { db } = this;
    return db
      .transaction('rw', [db.meta, db.cache], async () => {
        if ((await matchableStoreKey(db)) !== key) return false;
        await db.cache.put({ id: CACHE_ID, key, value: cachedForm(index) });
        return true;
      })
      .catch(() => false);
  }

  /** The planned writes were taken back: the index before the preview answers until the store's is rebuilt. */
  private async withdraw(landing: Promise<Preview | undefined>): Promise<void> {
    // First, so that a preview still being built is dropped rather than put in.
    this.invalidate();
    const preview = await landing;
    if (!preview) return;
    if (this.previous === preview.index) this.previous = preview.before;
    // The tabs were marked with the import's names.
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
    // Not awaited: the tab waiting for hits need not wait for the write.
    void this.db.cache.put({ id: CACHE_ID, key, value: cachedForm(built) }).catch(() => undefined);
    return built;
  }

  /**
   * The freshness key and the cache in one read. A cache of an older store is loaded only
   * when nothing newer is in memory: it may answer while the rebuild runs. A bad cache is
   * left for the rebuild.
   */
  private async readCache(): Promise<{ key: string; cached?: LoadedIndex; stale?: LoadedIndex }> {
    markWake('cache-read-start');
    const [key, record] = await this.db.transaction('r', [this.db.meta, this.db.cache], () =>
      Promise.all([matchableStoreKey(this.db), this.db.cache.get(CACHE_ID)]),
    );
    markWake('cache-read');
    const current = record?.key === key;
    if (!record || (!current && (this.previous || this.options.staleAfterMs === undefined))) return { key };
    const loaded = loadCached(record.value);
    markWake('cache-loaded');
    return current ? { key, cached: loaded } : { key, stale: loaded };
  }

  async find(chunks: string[]): Promise<{ hits: ChunkHit[]; entities: PageEntity[] }> {
    markWake('find-asked');
    const index = await this.answering();
    markWake('find-index-ready');
    const answer = hitsIn(index, chunks);
    markWake('find-answered');
    return answer;
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
