import { rm } from 'node:fs/promises';
import { extensionIdOf } from '../support/extension';
import { copyOfInstalledProfile, installedProfileTemplate } from '../support/installed-profile';
import { ask } from './background-messages';
import { importedDrafts } from './dictionary';
import type { OurRun } from './extension-tab';
import { ms, table } from './figures';
import { packSet } from './import-pack';
import { launch } from './ours';

/**
 * Issue 16: the first page after a reader imports a pack of 100,000 names, through the editor's
 * own import messages (staged files, the preview, the commit written in batches), into the store
 * as installed. The page is a generated one: its only names are the pack's core names, so its
 * marks say when the pack's names are marked, not the store's older ones.
 */
export const IMPORTED_NAMES = 100_000;

export interface AfterImportRun {
  names: number;
  entities: number;
  /** Records the commit wrote, as its progress counts them. */
  records: number;
  /** Staging, checking and planning the files (the editor's preview). */
  previewMs: number;
  /** The commit, from the click to "Imported". */
  commitMs: number;
  /** The generated page, loaded as soon as the commit answered. */
  firstLoad: OurRun;
  /** Names the page says, all of them the pack's. */
  pageMentions: number;
}

export async function measureAfterImport(
  extensionDir: string,
  page: { url: string; mentions: number },
): Promise<AfterImportRun> {
  const profile = await copyOfInstalledProfile(await installedProfileTemplate());
  const { context, tab } = await launch(profile, extensionDir);
  try {
    const drafts = importedDrafts(IMPORTED_NAMES);
    const entities = drafts.map((draft, i) => ({
      id: `imported-${String(i)}`,
      kind: draft.kind,
      name: draft.name,
      summary: `A ${draft.kind} invented for the benchmark.`,
      aliases: draft.aliases,
      facts: [],
      relations: [],
    }));
    const editor = await context.newPage();
    await editor.goto(`chrome-extension://${extensionIdOf(tab.worker)}/options.html`);
    await editor.locator('[data-entity-id]').first().waitFor();
    let started = Date.now();
    const stagedIds: string[] = [];
    for (const part of packSet('bench-imported', 'Bench imported names', entities))
      stagedIds.push(((await ask(editor, 'import/stage', part)) as { stagedId: string }).stagedId);
    const { jobId } = (await ask(editor, 'import/start-set', { stagedIds })) as { jobId: string };
    const previewMs = Date.now() - started;
    started = Date.now();
    await ask(editor, 'import/commit', { jobId });
    const commitMs = Date.now() - started;
    const { total } = (await ask(editor, 'import/progress', { jobId })) as { total: number };
    const firstLoad = await tab.load(page.url);
    const names = drafts.reduce((sum, draft) => sum + 1 + draft.aliases.length, 0);
    return {
      names,
      entities: drafts.length,
      records: total,
      previewMs,
      commitMs,
      firstLoad,
      pageMentions: page.mentions,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const afterLoad = (run: OurRun, at: number | null | undefined) => (at ?? Number.NaN) - run.loadEventMs;

export const firstMarkAfterImport = (run: AfterImportRun) => afterLoad(run.firstLoad, run.firstLoad.stats.firstMarkAt);
export const wholePageAfterImport = (run: AfterImportRun) =>
  afterLoad(run.firstLoad, run.firstLoad.stats.wholePagePaintedAt);

export function afterImportSection(run: AfterImportRun | undefined): string[] {
  if (!run) return [];
  const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
  return [
    "## First page after a pack import (the editor's import messages, store as installed)",
    '',
    table(
      ['Imported', 'Preview', 'Commit', 'First mark, ms after load', 'Whole page marked, ms after load', 'Marks'],
      [
        [
          `${run.names.toLocaleString('en')} names (${run.entities.toLocaleString('en')} entities, ${run.records.toLocaleString('en')} records)`,
          seconds(run.previewMs),
          seconds(run.commitMs),
          ms(firstMarkAfterImport(run)),
          ms(wholePageAfterImport(run)),
          `${run.firstLoad.stats.mentionCount} (the page names ${run.pageMentions})`,
        ],
      ],
    ),
    '',
  ];
}
