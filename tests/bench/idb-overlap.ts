import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromium';

/**
 * `npx tsx tests/bench/idb-overlap.ts [--records=N]`: does IndexedDB in Chromium write faster when
 * transactions overlap? Raw IndexedDB in a page (no extension, no Dexie), alias-shaped records with
 * the aliases table's six indexes, 1,000 a transaction, as lib/store/batched-writes.ts writes them.
 * `depth` is how many transactions one writer keeps in flight (the next is queued before the
 * previous has committed); `tables` how many writers run at once, each on a store of its own;
 * `shared store` puts one record in a common store in every transaction, as the matchable stamp
 * (lib/store/freshness.ts) does, which makes every transaction's scope overlap. Wall times: the
 * load average is printed with them.
 */
const PER_TRANSACTION = 1000;
const TABLES = ['t0', 't1', 't2', 't3'];
const INDEXES = ['entityId', 'text', 'packId', 'updatedAt', 'clock', 'localClock'];

interface Trial {
  tables: number;
  depth: number;
  sharedStore: boolean;
  /** Records a transaction; 1,000 unless said. */
  batch?: number;
  /** How many of the six indexes the stores have; all unless said. */
  indexes?: number;
  durability?: IDBTransactionDurability;
}

interface TrialTime {
  ms: number;
  /** Of which the page spent issuing the puts (each put clones its record there). */
  issueMs: number;
}

/** Runs in the page: writes `records` records split over `tables` writers; answers the wall time in ms. */
async function runTrial(args: {
  trial: Trial;
  records: number;
  perTransaction: number;
  tableNames: string[];
  indexes: string[];
  name: string;
}): Promise<TrialTime> {
  const { trial, records, tableNames, name } = args;
  const perTransaction = trial.batch ?? args.perTransaction;
  const indexes = args.indexes.slice(0, trial.indexes ?? args.indexes.length);
  let issueMs = 0;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const table of tableNames) {
        const store = open.result.createObjectStore(table, { keyPath: 'id' });
        for (const index of indexes) store.createIndex(index, index);
      }
      open.result.createObjectStore('meta', { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const record = (table: string, i: number) => ({
    id: `${table}:alias-${String(i).padStart(7, '0')}`,
    entityId: `bench:actor-${String(Math.floor(i / 3))}`,
    text: `Amira Alba${String(i)}`,
    caseSensitive: false,
    packId: 'bench',
    origin: 'pack',
    createdAt: 1,
    updatedAt: 1,
    clock: `0000000001-0000-pack`,
    localClock: `0001765000000-${String(i).padStart(6, '0')}-device`,
  });
  const writeTable = async (table: string, count: number) => {
    const batches = Math.ceil(count / perTransaction);
    let next = 0;
    const oneWriter = async () => {
      while (next < batches) {
        const batch = next++;
        const stores = trial.sharedStore ? [table, 'meta'] : [table];
        const tx = db.transaction(stores, 'readwrite', { durability: trial.durability ?? 'default' });
        const store = tx.objectStore(table);
        const end = Math.min(count, (batch + 1) * perTransaction);
        const issuing = performance.now();
        for (let i = batch * perTransaction; i < end; i++) store.put(record(table, i));
        issueMs += performance.now() - issuing;
        if (trial.sharedStore) tx.objectStore('meta').put({ id: 'stamp', value: Math.random() });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
    };
    await Promise.all(Array.from({ length: trial.depth }, oneWriter));
  };
  const started = performance.now();
  const share = Math.ceil(records / trial.tables);
  await Promise.all(tableNames.slice(0, trial.tables).map((table) => writeTable(table, share)));
  const elapsed = performance.now() - started;
  db.close();
  await new Promise((resolve) => {
    const drop = indexedDB.deleteDatabase(name);
    drop.onsuccess = drop.onerror = resolve;
  });
  return { ms: elapsed, issueMs };
}

const TRIALS: Trial[] = [
  { tables: 1, depth: 1, sharedStore: false },
  { tables: 1, depth: 2, sharedStore: false },
  { tables: 1, depth: 4, sharedStore: false },
  { tables: 4, depth: 1, sharedStore: false },
  { tables: 4, depth: 2, sharedStore: false },
  { tables: 4, depth: 1, sharedStore: true },
  { tables: 1, depth: 1, sharedStore: false, indexes: 0 },
  { tables: 1, depth: 1, sharedStore: false, batch: 5000 },
  { tables: 1, depth: 1, sharedStore: false, durability: 'strict' },
  { tables: 1, depth: 1, sharedStore: false, durability: 'relaxed' },
];

async function main(): Promise<void> {
  const records = Number(
    /^--records=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--records=')) ?? '')?.[1] ?? 60_000,
  );
  const repeats = Number(
    /^--repeats=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--repeats=')) ?? '')?.[1] ?? 2,
  );
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  // tsx compiles with esbuild's keepNames, which wraps the trial's inner functions in a `__name` the page lacks.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.route('http://idb.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>bench' }));
  await page.goto('http://idb.example/');
  console.log(`IndexedDB overlap, ${records.toLocaleString('en')} records, ${PER_TRANSACTION} a transaction`);
  console.log(
    '| writers (tables) | in flight each | shared store | records a transaction | indexes | durability | µs a record | of which issuing puts | load |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  try {
    for (let round = 0; round < repeats; round++) {
      for (const trial of TRIALS) {
        const { ms, issueMs } = await page.evaluate(runTrial, {
          trial,
          records,
          perTransaction: PER_TRANSACTION,
          tableNames: TABLES,
          indexes: INDEXES,
          name: `overlap-${String(round)}-${JSON.stringify(trial)}`,
        });
        console.log(
          `| ${String(trial.tables)} | ${String(trial.depth)} | ${trial.sharedStore ? 'yes' : 'no'} | ` +
            `${String(trial.batch ?? PER_TRANSACTION)} | ${String(trial.indexes ?? INDEXES.length)} | ` +
            `${trial.durability ?? 'default'} | ${((ms * 1000) / records).toFixed(0)} | ` +
            `${((issueMs * 1000) / records).toFixed(0)} | ${loadavg()[0]!.toFixed(1)} |`,
        );
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
