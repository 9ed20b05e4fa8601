import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openArticleNaming, searchKeystrokeMs } from '../support/big-import-measures';
import { chromiumLaunchOptions } from '../support/chromium';
import { assertExtensionBuilt, EXTENSION_DIR, extensionIdOf, extensionWorker } from '../support/extension';
import {
  copyOfInstalledProfile,
  installedProfileTemplate,
  waitForCurrentIndexCache,
} from '../support/installed-profile';
import { serveFolder } from '../support/static-server';
import { ask } from './background-messages';
import { importPackParts, lastAlias } from './import-pack';
import { startTrace } from './tracing';
import { describeWriteProfile } from './write-profile';

/**
 * `npm run bench:import` (issue 13, part 4): the editor's import of a pack of 100,000 invented
 * actors (`import-pack.ts`, about 600,000 records) in the built extension in Chromium, step by
 * step, through the messages the editor sends: staging the files, checking and planning them
 * (the preview), the commit's snapshot and plan, its writes (and a search answered meanwhile),
 * then the mention index rebuilt and cached, the first mark on a page naming the pack's last
 * actor, the editor opened, and its search answering a keystroke. `--entities=N` imports another size. Wall times: give the load average with them.
 * `--profile` traces the commit (write-profile.ts): where the writes spend their CPU, by thread
 * and by function; the trace's sampler slows the writes, so their time is not the headline then.
 */
const SAMPLE_MS = 100;

interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** How often, while the writes run, a search from the popup is timed: the store still answers readers. */
const READ_EVERY_MS = 1000;

/**
 * Commits the job, sampling its progress: when each phase began, and the bar's first move; and
 * how long a search (the popup's, through the background) takes to answer meanwhile.
 */
async function commit(
  page: Page,
  jobId: string,
): Promise<{ phases: Map<string, number>; total: number; firstMoveMs: number; readMs: number[] }> {
  const started = Date.now();
  const phases = new Map<string, number>();
  let total = 0;
  let firstMoveMs = Number.NaN;
  const readMs: number[] = [];
  let lastRead = 0;
  const committing = ask(page, 'import/commit', { jobId });
  let finished = false;
  void committing.finally(() => {
    finished = true;
  });
  while (!finished) {
    const progress = (await ask(page, 'import/progress', { jobId })) as Progress;
    if (!phases.has(progress.phase)) phases.set(progress.phase, Date.now() - started);
    if (progress.done > 0 && Number.isNaN(firstMoveMs)) firstMoveMs = Date.now() - started;
    total = progress.total;
    if (progress.phase === 'writing' && Date.now() - lastRead > READ_EVERY_MS) {
      lastRead = Date.now();
      await ask(page, 'entities/search', { query: 'soleim', limit: 20 });
      readMs.push(Date.now() - lastRead);
    }
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
  }
  await committing;
  phases.set('done', Date.now() - started);
  return { phases, total, firstMoveMs, readMs };
}

/**
 * Under an address that resolves: under news.example the content script did not run, and the
 * bench waited out its 600 s for a mark that could not come.
 */
async function firstMarkMs(page: Page, name: string): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'backstory-bench-import-site-'));
  const server = await serveFolder(folder);
  try {
    const opened = Date.now();
    await openArticleNaming(page, name, server.url);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((key) => key.startsWith('backstory-')), null, {
      timeout: 600_000,
    });
    return Date.now() - opened;
  } finally {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const entities = Number(
    /^--entities=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--entities=')) ?? '')?.[1] ?? 100_000,
  );
  const profiled = process.argv.includes('--profile');
  assertExtensionBuilt();
  const extensionDir = await mkdtemp(join(tmpdir(), 'backstory-bench-import-extension-'));
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  const profile = await copyOfInstalledProfile(await installedProfileTemplate());
  const parts = importPackParts(entities);
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions({ extensionDir }));
  const lines: string[] = [];
  // Each figure is logged as it comes: a run takes minutes, and one cut short still says something.
  const note = (line: string) => {
    lines.push(line);
    console.error(`[bench:import ${new Date().toISOString().slice(11, 19)}] ${line}`);
  };
  note(
    `Import of ${entities.toLocaleString('en')} entities in ${String(parts.length)} files; load average before ${load()}`,
  );
  try {
    const worker = await extensionWorker(context);
    // The messages go from the popup's page: the editor's import holds its lists' re-reads until the
    // import is in (entrypoints/options/store-reads.ts), and an editor sending them from here without
    // that hold re-read and re-indexed the growing store after every batch, a core's worth of work.
    const asker = await context.newPage();
    await asker.goto(`chrome-extension://${extensionIdOf(worker)}/popup.html`);
    let started = Date.now();
    const stagedIds: string[] = [];
    for (const part of parts)
      stagedIds.push(
        ((await ask(asker, 'import/stage', { name: part.name, text: part.text })) as { stagedId: string }).stagedId,
      );
    note(`- stage (send and parse the files): ${seconds(Date.now() - started)}`);
    started = Date.now();
    const { jobId, preview } = (await ask(asker, 'import/start-set', { stagedIds })) as {
      jobId: string;
      preview: { added: number };
    };
    note(
      `- check and plan (the preview, ${preview.added.toLocaleString('en')} records to add): ${seconds(Date.now() - started)}`,
    );
    // The popup shares the extension's renderer with the service worker: the trace covers both.
    const stopTrace = profiled ? await startTrace(await context.newCDPSession(asker)) : undefined;
    const { phases, total, firstMoveMs, readMs } = await commit(asker, jobId);
    if (stopTrace) for (const line of describeWriteProfile(await stopTrace())) note(line);
    const writingAt = phases.get('writing') ?? 0;
    note(
      `- commit: snapshot and plan ${seconds(writingAt)}, first progress ${seconds(firstMoveMs)}, ` +
        `writes ${seconds(phases.get('done')! - writingAt)} (${total.toLocaleString('en')} records, ` +
        `${(total / ((phases.get('done')! - writingAt) / 1000)).toFixed(0)} a second); commit in all ${seconds(phases.get('done')!)}; load ${load()}`,
    );
    const sorted = [...readMs].sort((a, b) => a - b);
    note(
      `- a search answered during the writes in ${String(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN)} ms ` +
        `(median of ${String(sorted.length)}), ${String(sorted.at(-1) ?? Number.NaN)} ms at most`,
    );
    started = Date.now();
    await waitForCurrentIndexCache(worker, 600_000);
    note(`- mention index rebuilt and cached: ${seconds(Date.now() - started)} after the commit`);
    note(
      `- first mark on a page naming the last actor: ${seconds(await firstMarkMs(await context.newPage(), lastAlias(entities)))}`,
    );
    started = Date.now();
    const editor = await context.newPage();
    await editor.goto(`chrome-extension://${extensionIdOf(worker)}/options.html`);
    await editor.locator('[data-entity-id]').first().waitFor();
    note(`- editor opened with its list: ${seconds(Date.now() - started)}`);
    const samples = [];
    for (const [query, id] of [
      [lastAlias(entities), `bench-import:actor-${String(entities - 1)}`],
      ['soleim', 'starter:qasem-soleimani'],
    ] as const) {
      samples.push(await searchKeystrokeMs(editor, query, id, 20_000));
    }
    note(`- editor search keystrokes: ${samples.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}; load after ${load()}`);
  } finally {
    console.log(lines.join('\n'));
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
