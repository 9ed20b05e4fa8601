import {
  isLive,
  matchableStoreKey,
  readInPages,
  withTheirAliases,
  type AliasRecord,
  type BackstoryDatabase,
  type EntityRecord,
  type EntityWithAliases,
  type RelationRecord,
  type StoreWrites,
} from '@/lib/store';

/** What a preview reads of the store: every record the index is built from, tombstones included, in id order. */
export interface IndexSources {
  /** The store's matchable stamp in the same read. */
  key: string;
  entities: EntityRecord[];
  aliases: AliasRecord[];
  relations: RelationRecord[];
}

/** Which record an index preview takes where the plan replaces one the store holds. */
export type ReplacedRecords =
  /**
   * The stored one, until the write lands (a bundled pack, written under its pack mark, keeps a
   * field a reader wrote: the stored record is what a page should see meanwhile).
   */
  | 'stored'
  /**
   * The planned one: a plan whose records are stored as given (an import's, planned at its
   * commit), so that a new version that renames or deletes a name is indexed as it will be.
   */
  | 'planned';

export type PlannedRecords = Pick<StoreWrites, 'entities' | 'aliases' | 'relations'>;

export function readIndexSources(db: BackstoryDatabase): Promise<IndexSources> {
  return db.transaction('r', [db.entities, db.aliases, db.relations, db.meta], async () => {
    const [key, entities, aliases, relations] = await Promise.all([
      matchableStoreKey(db),
      readInPages(db.entities),
      readInPages(db.aliases),
      readInPages(db.relations),
    ]);
    return { key, entities, aliases, relations };
  });
}

/**
 * The store's live records with the plan's put over them, as `listEntitiesWithAliases` and a
 * rebuild read them once the plan is written: in id order (the order in which the matcher tries
 * two actors sharing a name, and a person's aliases come), tombstones dropped.
 */
export function withPlan(
  sources: IndexSources,
  writes: PlannedRecords,
  replaced: ReplacedRecords,
): [EntityWithAliases[], RelationRecord[]] {
  const entities = putOver(sources.entities, writes.entities, replaced);
  const aliases = putOver(sources.aliases, writes.aliases, replaced);
  return [withTheirAliases(entities, aliases), putOver(sources.relations, writes.relations, replaced)];
}

type Keyed = { id: string; deletedAt?: number };

const byId = (a: Keyed, b: Keyed) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `stored` (in id order) merged with `planned`: one pass, not a sort of the whole store, which at
 * 100,000 records would be one task of a tenth of a second with every tab's request waiting.
 */
function putOver<T extends Keyed>(stored: readonly T[], planned: readonly T[], replaced: ReplacedRecords): T[] {
  // Stable: of two planned records with one id, the later is put last, and stays.
  const incoming = [...planned].sort(byId).filter((record, i, all) => all[i + 1]?.id !== record.id);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < stored.length || j < incoming.length) {
    const old = stored[i];
    const next = incoming[j];
    if (!next || (old && old.id < next.id)) {
      out.push(old!);
      i++;
    } else if (!old || next.id < old.id) {
      out.push(next);
      j++;
    } else {
      out.push(replaced === 'planned' ? next : old);
      i++;
      j++;
    }
  }
  return out.filter(isLive);
}
