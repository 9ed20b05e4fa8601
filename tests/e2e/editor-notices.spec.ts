import { expect, test } from './fixtures';
import { EditorPage, type KnownEntity } from './pages/editor-page';

const LAVROV: KnownEntity = { id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' };

test('a notice goes by itself after a while, Undo and all', async ({ context, extensionId }) => {
  const editor = await EditorPage.open(context, extensionId);
  await editor.select(LAVROV);
  await editor.bulkTag('to-read');
  await expect(editor.toast).toContainText('“to-read”');
  // An Undo notice stays 20 s; twice that for a slow machine.
  await expect(editor.toast).toBeEmpty({ timeout: 40_000 });
});

test('the footer offers "Keep my store" when the browser may clear it, and asks the browser on the click', async ({
  context,
  extensionId,
}) => {
  // The browser's answer is set here: whether Chromium grants persistence to an extension page is its own business.
  await context.addInitScript(() => {
    const asked: string[] = [];
    (globalThis as unknown as { persistAsked: string[] }).persistAsked = asked;
    let kept = false;
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(kept) });
    Object.defineProperty(navigator.storage, 'persist', {
      value: () => {
        asked.push('persist');
        kept = true;
        return Promise.resolve(true);
      },
    });
  });
  const editor = await EditorPage.open(context, extensionId);
  const footer = editor.page.getByTestId('store-status');
  await expect(footer).toContainText('The browser may clear your store when space runs low');
  expect(await editor.page.evaluate(() => (globalThis as unknown as { persistAsked: string[] }).persistAsked)).toEqual(
    [],
  );
  await footer.getByRole('button', { name: 'Keep my store' }).click();
  await expect(footer).toContainText('Kept by the browser even when space runs low');
  await expect(footer.getByRole('button', { name: 'Keep my store' })).toHaveCount(0);
  expect(await editor.page.evaluate(() => (globalThis as unknown as { persistAsked: string[] }).persistAsked)).toEqual([
    'persist',
  ]);
});
