import { expect, test } from './fixtures';
import { EditorPage, type KnownEntity } from './pages/editor-page';

const LAVROV: KnownEntity = { id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' };
const KARLOV: KnownEntity = { id: 'starter:andrei-karlov', name: 'Andrei Karlov' };
const SOLEIMANI: KnownEntity = { id: 'starter:qasem-soleimani', name: 'Qasem Soleimani' };

let editor: EditorPage;
test.beforeEach(async ({ context, extensionId }) => {
  editor = await EditorPage.open(context, extensionId);
});

test.describe('bulk actions', () => {
  test('act only on the ticked rows the list shows, and say which ticked ones the search hides', async () => {
    const before = await editor.storeCounts();
    await editor.select(LAVROV, KARLOV);
    await editor.search(SOLEIMANI.name);
    await editor.row(SOLEIMANI.id).getByRole('checkbox').check();
    const bar = editor.bulkBar();
    await expect(bar.getByText('1 entity selected')).toBeVisible();
    await expect(bar.getByText('2 more ticked entities hidden by the search or filters: left alone')).toBeVisible();
    const question = await editor.bulkDelete();
    expect(question).toContain('Delete 1 entity');
    expect(question).toContain('“Qasem Soleimani”');
    expect(question).not.toContain('Lavrov');
    expect((await editor.storeCounts()).entities).toBe(before.entities - 1);
    // The two hidden ones are still ticked, and in the list again once the search is cleared.
    await editor.search('');
    await expect(bar.getByText('2 entities selected')).toBeVisible();
    await expect(bar.getByText(/hidden by the search/)).toHaveCount(0);
  });

  test('a bulk delete names the entities and deletes nothing when cancelled', async () => {
    const before = await editor.storeCounts();
    await editor.select(LAVROV, KARLOV);
    const bar = editor.bulkBar();
    await bar.getByRole('button', { name: 'Delete 2 entities' }).click();
    const question = bar.getByRole('alertdialog');
    await expect(question).toContainText('“Andrei Karlov” and “Sergey Lavrov”');
    // The safe choice has focus: Enter cancels.
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await editor.page.keyboard.press('Enter');
    await expect(question).toHaveCount(0);
    expect(await editor.storeCounts()).toEqual(before);
  });

  test('hidden ticked rows can be unticked from the bar without clearing the search', async () => {
    await editor.select(LAVROV);
    await editor.search(KARLOV.name);
    const bar = editor.bulkBar();
    await expect(bar.getByText('No ticked entity in this list')).toBeVisible();
    await expect(bar.getByRole('button', { name: /^Delete / })).toBeDisabled();
    await bar.getByText(/hidden by the search/).click();
    await expect(bar.getByRole('list', { name: 'Ticked but hidden' })).toHaveText(LAVROV.name);
    await bar.getByRole('button', { name: 'Untick them' }).click();
    await expect(bar).toHaveCount(0);
  });
});
