import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { BackstoryDatabase } from './db';

/**
 * The `meta` record whose value changes with every write to a table the mention index is
 * derived from: its freshness key, read with one lookup where counting the entities and
 * aliases and finding the newest write took a woken worker 60-100 ms at 100,000 aliases.
 * Every write passes the middleware below (reader edits, pack loads, imports, restores, sync
 * merges, deletes and clears alike), so none can leave a stale index looking fresh (counts
 * and timestamps miss a write that keeps both); a writer that goes around Dexie must
 * change it too.
 */
export const MATCHABLE_STAMP_KEY = 'matchable-stamp';

// Relations too: the index resolves a name two places share by the places they lie in.
const MATCHABLE_TABLES: readonly string[] = ['entities', 'aliases', 'relations'];

/** The current stamp; '' for a store that no write has stamped yet. */
export async function matchableStoreKey(db: BackstoryDatabase): Promise<string> {
  const record = await db.meta.get(MATCHABLE_STAMP_KEY);
  return typeof record?.value === 'string' ? record.value : '';
}

export function matchableStampMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'backstory-matchable-stamp',
    create: (down) => ({
      ...down,
      // A write transaction over a matchable table takes `meta` along, so the stamp changes
      // in the same transaction as the records: both land, or neither.
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some((name) => MATCHABLE_TABLES.includes(name)) && !stores.includes('meta')
            ? [...stores, 'meta']
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        return MATCHABLE_TABLES.includes(name)
          ? { ...table, mutate: (req) => stampedMutate(table, () => down.table('meta'), req) }
          : table;
      },
    }),
  };
}

async function stampedMutate(table: DBCoreTable, meta: () => DBCoreTable, req: DBCoreMutateRequest) {
  // Only an upgrade transaction can lack `meta` (it covers the stores of the schema so far);
  // `meta` is looked up after this check, as a schema without it has no such table.
  if (!coversMeta(req.trans)) return table.mutate(req);
  const [result] = await Promise.all([
    table.mutate(req),
    meta().mutate({ type: 'put', trans: req.trans, values: [{ id: MATCHABLE_STAMP_KEY, value: crypto.randomUUID() }] }),
  ]);
  return result;
}

function coversMeta(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains('meta');
}

/** Whether writes to `table` change the stamp: the tables the mention index is built from. */
export function isMatchableTable(table: string): boolean {
  return MATCHABLE_TABLES.includes(table);
}

/** The stamp a write transaction found and the one it left. */
export interface StampStep {
  before: string;
  after: string;
}

/**
 * The stamp `steps` lead to from `from`, each having begun at the stamp another left, in whatever
 * order they ran; undefined when they do not chain, that is when some other write changed the
 * stamp between two of them. Each write leaves a fresh random stamp, so steps that chain leave no
 * room for a write of anyone else's: what a preview of them was built from is the store they wrote.
 */
export function stampAfterSteps(from: string, steps: readonly StampStep[]): string | undefined {
  const next = new Map(steps.map((step) => [step.before, step.after]));
  if (next.size !== steps.length) return undefined;
  let at = from;
  for (let i = 0; i < steps.length; i++) {
    const after = next.get(at);
    if (after === undefined) return undefined;
    at = after;
  }
  return at;
}
