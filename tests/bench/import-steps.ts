import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import { MentionIndex } from '@/lib/background/mention-index';
import { planPack } from '@/lib/packs/plan';
import { validatePackFiles } from '@/lib/packs/validate';
import { backupTables, countWrites } from '@/lib/store/apply-writes';
import { applyWritesInBatches } from '@/lib/store/batched-writes';
import { BackstoryDatabase } from '@/lib/store/db';
import { currentMark } from '@/lib/store/stamp';
import { importPackParts, lastAlias } from './import-pack';

/**
 * `npx tsx tests/bench/import-steps.ts [--entities=N]`: the import's steps one by one in Node, Dexie
 * over fake-indexeddb (slower than a browser's IndexedDB, by a different factor per step): which
 * step a change makes cheaper, not the headline (`import-speed.ts` gives that, in Chromium).
 */
async function timed<T>(label: string, lines: string[], step: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await step();
  lines.push(`- ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

async function main(): Promise<void> {
  const entities = Number(
    /^--entities=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--entities=')) ?? '')?.[1] ?? 20_000,
  );
  const lines = [
    `Import steps in Node (fake-indexeddb), ${entities.toLocaleString('en')} entities; load average ${loadavg()[0]!.toFixed(1)}`,
  ];
  const files = importPackParts(entities).map((part) => ({ name: part.name, json: JSON.parse(part.text) as unknown }));
  const db = new BackstoryDatabase(`bench-import-${String(Date.now())}`);
  await db.open();
  const pack = await timed('validate', lines, () => validatePackFiles(files));
  const { writes, mark } = await timed('plan', lines, () =>
    db.transaction('r', backupTables(db), async () => ({
      ...(await planPack(db, pack, Date.now(), { bundled: false })),
      mark: currentMark(),
    })),
  );
  await timed(`write ${countWrites(writes).toLocaleString('en')} records`, lines, () =>
    applyWritesInBatches(db, writes, { mark }),
  );
  const index = new MentionIndex(db);
  const { hits } = await timed('mention index built, one page answered', lines, () =>
    index.find([`And ${lastAlias(entities)} said so.`]),
  );
  if (hits.length === 0) throw new Error("The imported pack's last actor was not found");
  console.log(lines.join('\n'));
  db.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
