import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage, type KnownEntity } from './pages/editor-page';

const LAVROV: KnownEntity = { id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' };

let editor: EditorPage;
test.beforeEach(async ({ context, extensionId }) => {
  editor = await EditorPage.open(context, extensionId);
});

/** The focused element as a keyboard user meets it: a list row (by entity), or a control by its role and name. */
const focusIs = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const row = active?.closest<HTMLElement>('[data-entity-id]');
    if (row && active?.classList.contains('row-main')) return `row ${row.dataset.entityId}`;
    return `${active?.localName}: ${(active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim()}`;
  });

test('closing the entity detail gives focus back to its row in the list', async () => {
  await editor.search(LAVROV.name);
  await editor.row(LAVROV.id).getByRole('button').focus();
  await editor.page.keyboard.press('Enter');
  await expect(editor.detail.getByRole('heading', { name: LAVROV.name })).toBeFocused();
  await editor.detail.getByRole('button', { name: 'Close', exact: true }).focus();
  await editor.page.keyboard.press('Enter');
  await expect(editor.detail).toHaveCount(0);
  expect(await focusIs(editor.page)).toBe(`row ${LAVROV.id}`);
});

test('after a bulk delete focus goes to the row that followed the deleted ones', async () => {
  await editor.filter('Kind', 'Person');
  const ids = await editor.rowIds();
  expect(ids.length).toBeGreaterThan(4);
  for (const id of ids.slice(1, 3)) await editor.row(id).getByRole('checkbox').check();
  const bar = editor.bulkBar();
  await bar.getByRole('button', { name: 'Delete 2 entities' }).focus();
  await editor.page.keyboard.press('Enter');
  await bar.getByRole('button', { name: /^Yes, delete / }).focus();
  await editor.page.keyboard.press('Enter');
  await editor.toast.getByText(/^Deleted /).waitFor();
  await expect(editor.row(ids[1]!)).toHaveCount(0);
  expect(await focusIs(editor.page)).toBe(`row ${ids[3]}`);
});

test('a bulk tag keeps focus on the button pressed, and cancelling a bulk delete gives it back to Delete', async () => {
  await editor.select(LAVROV);
  const bar = editor.bulkBar();
  await bar.getByRole('combobox', { name: 'Tag' }).fill('moscow-talks');
  await bar.getByRole('button', { name: 'Tag', exact: true }).focus();
  await editor.page.keyboard.press('Enter');
  await editor.toast.getByText('“moscow-talks”').waitFor();
  await expect(bar.getByRole('button', { name: 'Tag', exact: true })).toBeFocused();
  await bar.getByRole('button', { name: 'Delete 1 entity' }).focus();
  await editor.page.keyboard.press('Enter');
  await expect(bar.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await editor.page.keyboard.press('Enter');
  await expect(bar.getByRole('button', { name: 'Delete 1 entity' })).toBeFocused();
});
