import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromium';
import { assertExtensionBuilt, EXTENSION_DIR, extensionWorker } from '../support/extension';
import { waitForBundledPacks } from '../support/installed-profile';
import { WORLD_PACK_FILE } from '../../lib/packs/world-pack-file';
import { serveFolder } from '../support/static-server';
import { evaluateAll } from './evaluate';
import { formatReport } from './report';

/**
 * Another build to score instead of `.output/chrome-mv3`: a copy kept from before a change,
 * so that its figures can be set beside the new ones (`tsx tests/eval/run.ts`, no rebuild).
 */
const extensionDir = process.env.BACKSTORY_EVAL_EXTENSION ?? EXTENSION_DIR;

/**
 * `npm run eval`: scores the built extension against both corpora's gold and prints the report.
 * It is a report, so it exits 0 whatever the scores; only a broken harness exits 1.
 */
async function main(): Promise<void> {
  if (extensionDir === EXTENSION_DIR) assertExtensionBuilt();
  const server = await serveFolder(fileURLToPath(new URL('../fixtures', import.meta.url)));
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-eval-'));
  const context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions({ extensionDir }));
  try {
    // The world pack takes seconds to write at install; pages are scored once the store holds it.
    // A build from before it (BACKSTORY_EVAL_EXTENSION) has only the starter pack, loaded at once.
    if (existsSync(join(extensionDir, WORLD_PACK_FILE))) await waitForBundledPacks(await extensionWorker(context));
    console.log(formatReport(await evaluateAll(context, server.url)));
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
