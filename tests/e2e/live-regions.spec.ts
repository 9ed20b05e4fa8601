import type { ElementHandle, Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { EditorPacks } from './pages/editor-packs';

/**
 * A screen reader announces a status whose text changes inside a region it already knows.
 * So the test holds on to the region node before the step, finds it empty, and after the
 * step finds that same node, still in the page, holding the text.
 */
async function emptyRegion(region: Locator): Promise<ElementHandle> {
  await expect(region).toHaveCount(1);
  await expect(region).toHaveText('');
  return (await region.elementHandle())!;
}

async function sameRegionSays(handle: ElementHandle, wanted: RegExp): Promise<void> {
  await expect
    .poll(() => handle.evaluate((node) => (node.isConnected ? (node.textContent ?? '') : 'removed from the page')))
    .toMatch(wanted);
}

test('the popup announces how many entities a search found, in a region there before the search', async ({
  demo,
  popupFor,
}) => {
  const popup = await popupFor(demo.page);
  const region = popup.page.getByRole('region', { name: 'Search' }).getByRole('status');
  const handle = await emptyRegion(region);
  await popup.search('Lavrov');
  await expect(popup.result('starter:sergey-lavrov')).toBeVisible();
  const found = await popup.page.getByRole('list', { name: 'Search results' }).getByRole('listitem').count();
  await sameRegionSays(handle, new RegExp(`^${found} match(es)?\\.$`));
  await popup.search('Zzyzx Quorble');
  await sameRegionSays(handle, /^Nothing in your store matches\.$/);
  await popup.search('a');
  await sameRegionSays(handle, /^The first 20 matches\.$/);
});

test('"Saved." is said in the form\'s status region, present and empty before the save', async ({
  context,
  extensionId,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  await editor.openEntity({ id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' });
  const handle = await emptyRegion(editor.detail.locator('.editor-foot').getByRole('status'));
  await editor.field('Summary').fill('Russia’s foreign minister since 2004.');
  await editor.detail.getByRole('button', { name: 'Save' }).click();
  await sameRegionSays(handle, /^Saved\.$/);
});

test('import and export notices are said in regions present and empty before them', async ({
  context,
  extensionId,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  await editor.show('Packs & import');
  const packs = new EditorPacks(editor.page);
  const section = (name: string) => editor.page.getByRole('region', { name });
  const exportRegion = await emptyRegion(section('Your whole store').getByRole('status'));
  await packs.exportEverything();
  await sameRegionSays(exportRegion, /^Saved backstory-.*your settings\.$/);
  const importRegion = await emptyRegion(section('Import a file').getByRole('status'));
  await packs.chooseFile('imports/actors.csv');
  await packs.preview.waitFor();
  await packs.commitImport();
  await sameRegionSays(importRegion, /^Imported “actors\.csv”: /);
});
