import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromium';
import { assertExtensionBuilt, EXTENSION_DIR } from '../support/extension';
import { serveFolder } from '../support/static-server';
import { evaluateCorpus } from './evaluate';
import { formatReport } from './report';

/**
 * `npm run eval`: scores the built extension against the corpus gold and prints the report.
 * It is a report, so it exits 0 whatever the scores; only a broken harness exits 1.
 */
async function main(): Promise<void> {
  assertExtensionBuilt();
  const server = await serveFolder(fileURLToPath(new URL('../fixtures', import.meta.url)));
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-eval-'));
  const context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions({ extensionDir: EXTENSION_DIR }));
  try {
    console.log(formatReport(await evaluateCorpus(context, server.url)));
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
