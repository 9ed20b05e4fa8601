import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { EditorPacks } from './pages/editor-packs';
import { EditorPage } from './pages/editor-page';
import { openArticleNaming, searchKeystrokeMs } from '../support/big-import-measures';

/**
 * Issue 13, part 4: a pack of 100,000 Wikidata actors (built by `npm run pack:wikidata` from the
 * bench's generated dump: 817,000 records in 20 files of 4 MB) chosen in the editor's import. The
 * cancel runs in the suite. The whole import is a measurement of several minutes on this machine,
 * run with BACKSTORY_BIG_IMPORT=1; it prints its figures (tests/bench/README.md).
 */
const DIR = process.env.WIKIDATA_BENCH_DIR ?? '/tmp/backstory-wikidata-bench';
const ENTITIES = 100_000;
/** The bench's dump holds 200 states and 300 positions (dropped) beside its actors. */
const ACTORS = ENTITIES - 200;

function packSet(): string[] {
  const dump = join(DIR, `dump-e2e-${String(ENTITIES)}.json.gz`);
  const out = join(DIR, `e2e-${String(ENTITIES)}.json`);
  // On a fresh machine the folder is not there yet: no parts, build them.
  const parts = () =>
    (existsSync(DIR) ? readdirSync(DIR) : [])
      .filter((file) => /^e2e-100000\.part-\d+\.json$/.test(file))
      .map((file) => join(DIR, file));
  if (parts().length > 0) return parts();
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(dump)) {
    execFileSync('npx', [
      'tsx',
      '-e',
      `import('./tests/bench/wikidata-dump.ts').then((m) => m.writeDump(${JSON.stringify(dump)}, ${String(ACTORS)}))`,
    ]);
  }
  execFileSync('npx', [
    'tsx',
    'tests/bench/wikidata-pack-child.ts',
    '--in',
    dump,
    '--out',
    out,
    '--min-sitelinks',
    '0',
  ]);
  return parts();
}

/** The longest gap between two frames of the editor, from now until `stop` is called: how long it froze. */
async function watchFrames(editor: EditorPage) {
  await editor.page.evaluate(() => {
    const state = { longest: 0, last: performance.now(), running: true };
    (globalThis as unknown as { frames_: typeof state }).frames_ = state;
    const tick = (now: number) => {
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return () =>
    editor.page.evaluate(() => {
      const state = (globalThis as unknown as { frames_: { longest: number; running: boolean } }).frames_;
      state.running = false;
      return Math.round(state.longest);
    });
}

let files: string[];
let editor: EditorPage;
let packs: EditorPacks;
test.beforeAll(() => {
  test.setTimeout(300_000);
  files = packSet();
});
const MEASUREMENT = "100,000 Wikidata actors imported: time, the editor's frames, a keystroke, the first mark after";
test.beforeEach(async ({ context, extensionId }, testInfo) => {
  testInfo.skip(
    testInfo.title === MEASUREMENT && !process.env.BACKSTORY_BIG_IMPORT,
    'a measurement of several minutes: BACKSTORY_BIG_IMPORT=1',
  );
  test.setTimeout(300_000);
  editor = await EditorPage.open(context, extensionId);
  packs = new EditorPacks(editor.page);
  await editor.show('Packs & import');
  const started = Date.now();
  await editor.page.getByLabel('File to import').setInputFiles(files);
  await expect(packs.preview).toHaveText(`Adds ${ENTITIES.toLocaleString('en')} entities, updates 0.`, {
    timeout: 120_000,
  });
  console.log(`read and previewed ${String(files.length)} files in ${String(Date.now() - started)} ms`);
});

test(MEASUREMENT, async ({ context }) => {
  test.setTimeout(1_800_000);
  const before = await editor.storeCounts();
  const stopWatching = await watchFrames(editor);
  const started = Date.now();
  await packs.commitImport({ timeout: 1_500_000 });
  const importMs = Date.now() - started;
  const longestFrameMs = await stopWatching();
  console.log(`import: ${String(importMs)} ms; the editor's longest frame meanwhile ${String(longestFrameMs)} ms`);
  const [named] = (JSON.parse(readFileSync(files[0]!, 'utf8')) as { entities: { name: string }[] }).entities.slice(-1);
  const tab = await context.newPage();
  const opened = Date.now();
  await openArticleNaming(tab, named!.name);
  await tab.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')), null, {
    timeout: 600_000,
  });
  console.log(
    `first mark of "${named!.name}" ${String(Date.now() - opened)} ms after the page was opened (the mention index rebuilt)`,
  );
  await editor.show('Entities');
  const listed = `${(before.entities + ENTITIES).toLocaleString('en')} entities`;
  const shownAt = Date.now();
  await expect(editor.page.getByRole('heading', { name: listed })).toBeVisible({ timeout: 60_000 });
  console.log(`entities listed ${String(Date.now() - shownAt)} ms after the Entities tab was shown`);
  const [firstId] = await editor.rowIds();
  const firstName = (await editor.row(firstId!).locator('.name').first().textContent()) ?? '';
  const samples: number[] = [];
  for (const [query, id] of [
    [firstName.split(' ').at(-1)!, firstId!],
    ['soleim', 'starter:qasem-soleimani'],
  ] as const) {
    samples.push(await searchKeystrokeMs(editor.page, query, id, 10_000));
  }
  console.log(`search keystrokes at ${listed}: ${samples.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
  expect(samples.every(Number.isFinite)).toBe(true);
});

test('a 100,000-actor import shows its progress and, cancelled, leaves the store as it was', async () => {
  const before = await editor.storeCounts();
  await editor.page.getByRole('button', { name: 'Import', exact: true }).click();
  const bar = editor.page.getByRole('progressbar', { name: 'Import progress' });
  // Every record counts: the entities, their aliases, facts and relations (about 817,000).
  await expect
    .poll(async () => Number(await bar.getAttribute('max')), { timeout: 60_000 })
    .toBeGreaterThan(8 * ENTITIES);
  await expect
    .poll(async () => Number(await bar.getAttribute('value')), { timeout: 120_000, intervals: [1000] })
    .toBeGreaterThan(20_000);
  await editor.page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(editor.toast).toContainText('Import cancelled: nothing was written', { timeout: 120_000 });
  expect(await editor.storeCounts()).toEqual(before);
});
