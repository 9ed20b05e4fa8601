/**
 * `npx tsx tests/bench/wikidata-pack.ts`: generated Wikidata dumps built by `npm run pack:wikidata`,
 * timed, with each build's peak memory (its own process). The dump grows 25k → 100k items while
 * the kept entities stay few (--min-sitelinks 60): memory must not grow with the dump. Then the
 * 100,000-item dump kept whole (the default 10, then 0): a pack of 100,000 actors, written as a set.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeDump } from './wikidata-dump';

const DIR = process.env.WIKIDATA_BENCH_DIR ?? '/tmp/backstory-wikidata-bench';
/** Issue 13: a generated dump of 100,000 entities builds in under a minute. */
const TARGET_MS = 60_000;
/** The states and positions every dump holds beside its actors. */
const NAMED_ITEMS = 500;

interface Row {
  label: string;
  dumpMb: number;
  milliseconds: number;
  read: number;
  entities: number;
  files: number;
  bytes: number;
  peakRssMb: number;
}

function build(dump: string, out: string, minSitelinks: number): Omit<Row, 'label' | 'dumpMb'> {
  const answer = execFileSync(
    'npx',
    ['tsx', 'tests/bench/wikidata-pack-child.ts', '--in', dump, '--out', out, '--min-sitelinks', String(minSitelinks)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(answer.trim().split('\n').at(-1)!) as Omit<Row, 'label' | 'dumpMb'>;
}

mkdirSync(DIR, { recursive: true });
const rows: Row[] = [];
for (const items of [25_000, 100_000]) {
  const dump = join(DIR, `dump-${String(items)}.json.gz`);
  const started = performance.now();
  await writeDump(dump, items - NAMED_ITEMS);
  console.error(
    `generated ${dump} (${(statSync(dump).size / 1e6).toFixed(0)} MB gzipped) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const dumpMb = statSync(dump).size / 1e6;
  const cases: [string, number][] =
    items === 100_000
      ? [
          ['few kept', 60],
          ['default', 10],
          ['all kept', 0],
        ]
      : [['few kept', 60]];
  for (const [label, minSitelinks] of cases) {
    const out = join(DIR, `pack-${String(items)}-${String(minSitelinks)}.json`);
    rows.push({
      label: `${items.toLocaleString('en')} items, --min-sitelinks ${String(minSitelinks)} (${label})`,
      dumpMb,
      ...build(dump, out, minSitelinks),
    });
    console.error(rows.at(-1));
  }
}

const n = (value: number) => value.toLocaleString('en');
console.log('| Dump | gzipped | kept entities | files | pack | time | peak RSS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.label} | ${row.dumpMb.toFixed(0)} MB | ${n(row.entities)} | ${String(row.files)} | ${(row.bytes / 1e6).toFixed(0)} MB ` +
      `| ${(row.milliseconds / 1000).toFixed(1)} s | ${String(row.peakRssMb)} MB |`,
  );
}
const slowest = Math.max(...rows.filter((row) => row.read >= 100_000).map((row) => row.milliseconds));
console.log(
  `\n100,000-item builds: slowest ${(slowest / 1000).toFixed(1)} s (target under ${String(TARGET_MS / 1000)} s): ${slowest < TARGET_MS ? 'met' : 'MISSED'}`,
);
