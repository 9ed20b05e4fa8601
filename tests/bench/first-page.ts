import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OurRun } from './extension-tab';
import { launch } from './ours';
import { worldPackLoadedAt } from './store-contents';

/** The page a reader opens right after installing, while the background is still writing the world pack. */
export interface FirstPageRun {
  label: string;
  run: OurRun;
  /** When the world pack's row appeared, ms after the page's load event: positive, the page was there first. */
  worldPackAfterLoadMs: number;
}

/** The label run.ts gives the demo article among the first pages. */
export const DEMO_ARTICLE = 'Demo article';

/**
 * Long enough for the worker to rebuild its index once the world pack is in and for the tab
 * to rescan: the trace must hold that rescan, whose tasks may be the page's longest.
 */
const AFTER_WORLD_PACK_QUIET_MS = 3_000;

/**
 * One fresh profile per page: the extension is installed, and the page loads (traced) as
 * soon as the service worker is up, so the starter pack may already be in and the world pack
 * is still being written. The trace ends once the world pack is in and the marks have then
 * held for AFTER_WORLD_PACK_QUIET_MS.
 */
export async function measureFirstPages(
  extensionDir: string,
  pages: { label: string; url: string }[],
): Promise<FirstPageRun[]> {
  const runs: FirstPageRun[] = [];
  for (const page of pages) {
    const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-bench-install-'));
    const { context, tab } = await launch(userDataDir, extensionDir);
    try {
      const worldPackAt = worldPackLoadedAt(tab.worker);
      const run = await tab.load(page.url, {
        trace: true,
        settle: { after: worldPackAt, quietMs: AFTER_WORLD_PACK_QUIET_MS },
      });
      runs.push({ label: page.label, run, worldPackAfterLoadMs: run.workerStartAfterLoadMs + (await worldPackAt) });
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  }
  return runs;
}
