import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { openArticleNaming } from '../support/big-import-measures';
import { expect, test } from './fixtures';
import { EditorPacks } from './pages/editor-packs';
import { EditorPage } from './pages/editor-page';
import { MarkedPage } from './pages/marked-page';

// Issue 16: the first page after a big import names its new actors at once, not once the
// mention index has been rebuilt; a cancelled import leaves none of its names marked.

const ENVOYS = 10_000;
const NEW_NAME = 'Envoy Number9876';
/** A name the store knew before the import (the starter pack's). */
const OLD_NAME = 'Qasem Soleimani';

/** A pack of 10,000 invented envoys, a name and two aliases each: 30,000 records to write. */
async function envoysPackFile(): Promise<string> {
  const entities = Array.from({ length: ENVOYS }, (_, i) => ({
    id: `envoy-${i}`,
    kind: 'person',
    name: `Envoy Number${i}`,
    summary: `An envoy to the Syria talks, file ${i}.`,
    aliases: [{ text: `Envoy${i}` }, { text: `E. Number${i}` }],
    facts: [],
    relations: [],
  }));
  const pack = { format: 'backstory-pack', formatVersion: 1, id: 'envoys', name: 'Envoys', version: 1, entities };
  const file = join(tmpdir(), `backstory-envoys-${process.pid}-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(pack));
  return file;
}

/**
 * Opens a report naming both names, having the page note, in its own world, the texts of the
 * first marks it showed: what a reader sees first, not what the page settles to.
 */
async function openReport(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const first: { texts: string[] } = { texts: [] };
    (globalThis as unknown as { firstMarks: typeof first }).firstMarks = first;
    const look = () => {
      const texts = [...CSS.highlights]
        .filter(([name]) => name.startsWith('backstory-'))
        .flatMap(([, highlight]) => [...highlight].map(String));
      if (texts.length) first.texts = texts;
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await openArticleNaming(page, `${NEW_NAME}, beside ${OLD_NAME},`, origin);
  return page;
}

const firstMarks = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { firstMarks: { texts: string[] } }).firstMarks.texts);

let file: string;
let editor: EditorPage;
let packs: EditorPacks;
test.beforeEach(async ({ context, extensionId }) => {
  file = await envoysPackFile();
  editor = await EditorPage.open(context, extensionId);
  packs = new EditorPacks(editor.page);
  await editor.show('Packs & import');
  await packs.chooseFile(file);
  await expect(packs.preview).toContainText('10,000', { timeout: 30_000 });
});
test.afterEach(async () => {
  await rm(file, { force: true });
});

test('a page opened as the import reports done shows its new names in its first marks', async ({
  context,
  serviceWorker,
  server,
}) => {
  test.setTimeout(120_000);
  await packs.commitImport({ timeout: 90_000 });
  const page = await openReport(context, server.url);
  const marked = new MarkedPage(page, serviceWorker);
  const stats = await marked.waitUntilSettled();
  expect(await marked.markedTexts()).toEqual([NEW_NAME, OLD_NAME]);
  expect(await firstMarks(page)).toContain(NEW_NAME);
  const loadEvent = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
  );
  const firstMarkMs = Math.round(stats.firstMarkAt! - loadEvent);
  test.info().annotations.push({ type: 'first mark after the import', description: `${firstMarkMs} ms after load` });
  console.log(`First mark on the first page after a ${ENVOYS}-entity import: ${firstMarkMs} ms after load`);
});

test('an open page marks the names of an import being written, and no longer once it is cancelled', async ({
  context,
  serviceWorker,
  server,
}) => {
  test.setTimeout(120_000);
  const before = await editor.storeCounts();
  const open = new MarkedPage(await openReport(context, server.url), serviceWorker);
  await expect.poll(() => open.markedTexts(), { timeout: 15_000 }).toEqual([OLD_NAME]);
  await editor.page.getByRole('button', { name: 'Import', exact: true }).click();
  // Marked from the import's plan while its records are still being written.
  await expect.poll(() => open.markedTexts(), { timeout: 60_000 }).toEqual([NEW_NAME, OLD_NAME]);
  await editor.page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(editor.toast).toContainText('Import cancelled: nothing was written', { timeout: 30_000 });
  expect(await editor.storeCounts()).toEqual(before);
  await expect.poll(() => open.markedTexts(), { timeout: 15_000 }).toEqual([OLD_NAME]);
  const opened = new MarkedPage(await openReport(context, server.url), serviceWorker);
  await opened.waitUntilSettled();
  expect(await opened.markedTexts()).toEqual([OLD_NAME]);
});
