import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

const SOLEIMANI = 'starter:qasem-soleimani';

test('the editor lists every entity of the store, and its search finds one by name', async ({ firefox }) => {
  const editor = await EditorPage.open(firefox);
  const { counts } = await editor.storeStatus();
  // Both bundled packs: thousands of entities, of which the list draws the first hundred.
  expect(counts.entities).toBeGreaterThan(3000);
  expect(await editor.listedCount()).toBe(counts.entities);
  expect((await editor.rowIds()).length).toBe(100);
  await editor.search('soleimani');
  await expect.poll(async () => (await editor.rowIds())[0], { timeout: 10_000 }).toBe(SOLEIMANI);
});
