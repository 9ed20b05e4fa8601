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
import { ask } from './background-messages';
import { importPackParts, lastAlias } from './import-pack';

/**
 * `npm run bench:import` (issue 13, part 4): the editor's import of a pack of 100,000 invented
 * actors (`import-pack.ts`, about 600,000 records) in the built extension in Chromium, step by
 * step, through the messages the editor sends: staging the files, checking and planning them
 * (the preview), the commit's snapshot and plan, its writes, then the mention index rebuilt and
 * cached, the first mark on a page naming the pack's last actor, and the editor's search answering
 * a keystroke. `--entities=N` imports another size. Wall times: give the load average with them.
 */
const SAMPLE_MS = 100;

interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** Commits the job, sampling its progress: when each phase began, and the bar's first move. */
async function commit(
  page: Page,
  jobId: string,
): Promise<{ phases: Map<string, number>; total: number; firstMoveMs: number }> {
  const started = Date.now();
  const phases = new Map<string, number>();
  let total = 0;
  let firstMoveMs = Number.NaN;
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
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
  }
  await committing;
  phases.set('done', Date.now() - started);
  return { phases, total, firstMoveMs };
}

async function firstMarkMs(page: Page, name: string): Promise<number> {
  const opened = Date.now();
  await openArticleNaming(page, name);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((key) => key.startsWith('backstory-')), null, {
    timeout: 600_000,
  });
  return Date.now() - opened;
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
    const editor = await context.newPage();
    await editor.goto(`chrome-extension://${extensionIdOf(worker)}/options.html`);
    await editor.locator('[data-entity-id]').first().waitFor();
    let started = Date.now();
    const stagedIds: string[] = [];
    for (const part of parts)
      stagedIds.push(
        ((await ask(editor, 'import/stage', { name: part.name, text: part.text })) as { stagedId: string }).stagedId,
      );
    note(`- stage (send and parse the files): ${seconds(Date.now() - started)}`);
    started = Date.now();
    const { jobId, preview } = (await ask(editor, 'import/start-set', { stagedIds })) as {
      jobId: string;
      preview: { added: number };
    };
    note(
      `- check and plan (the preview, ${preview.added.toLocaleString('en')} records to add): ${seconds(Date.now() - started)}`,
    );
    const { phases, total, firstMoveMs } = await commit(editor, jobId);
    const writingAt = phases.get('writing') ?? 0;
    note(
      `- commit: snapshot and plan ${seconds(writingAt)}, first progress ${seconds(firstMoveMs)}, ` +
        `writes ${seconds(phases.get('done')! - writingAt)} (${total.toLocaleString('en')} records, ` +
        `${(total / ((phases.get('done')! - writingAt) / 1000)).toFixed(0)} a second); commit in all ${seconds(phases.get('done')!)}; load ${load()}`,
    );
    started = Date.now();
    await waitForCurrentIndexCache(worker, 600_000);
    note(`- mention index rebuilt and cached: ${seconds(Date.now() - started)} after the commit`);
    note(
      `- first mark on a page naming the last actor: ${seconds(await firstMarkMs(await context.newPage(), lastAlias(entities)))}`,
    );
    await editor.reload();
    await editor.locator('[data-entity-id]').first().waitFor();
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
