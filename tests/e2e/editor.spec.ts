import { expect, test } from './fixtures';
import { EditorPage, type KnownEntity } from './pages/editor-page';

const SOLEIMANI = 'starter:qasem-soleimani';
const LAVROV: KnownEntity = { id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' };
const KARLOV: KnownEntity = { id: 'starter:andrei-karlov', name: 'Andrei Karlov' };

test.describe('the editor page', () => {
  let editor: EditorPage;
  test.beforeEach(async ({ context, extensionId }) => {
    editor = await EditorPage.open(context, extensionId);
  });

  test('searching "soleimani" lists Qasem Soleimani first, and so do words found only in his summary', async () => {
    await editor.search('soleimani');
    await expect.poll(async () => (await editor.rowIds())[0]).toBe(SOLEIMANI);
    await editor.search('drone strike baghdad');
    await expect.poll(async () => (await editor.rowIds())[0]).toBe(SOLEIMANI);
  });

  test('filtering by kind lists only entities of that kind', async () => {
    await editor.filter('Kind', 'Event');
    const kinds = await editor.rows.locator('.kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(5);
    expect(new Set(kinds)).toEqual(new Set(['Event']));
    // A person stays out even when searched for by name.
    await editor.search(LAVROV.name);
    await expect(editor.row(LAVROV.id)).toHaveCount(0);
  });

  test('two entities tagged in bulk are what the list shows when filtered by that tag', async () => {
    await editor.select(LAVROV, KARLOV);
    await editor.bulkTag('moscow-talks');
    await editor.filter('Tag', 'moscow-talks (2)');
    await expect.poll(() => editor.rowIds()).toEqual([KARLOV.id, LAVROV.id]);
  });

  test('two entities deleted in bulk come back with Undo', async () => {
    const before = await editor.storeCounts();
    await editor.select(LAVROV, KARLOV);
    await editor.bulkDelete();
    await editor.search(LAVROV.name);
    await expect(editor.row(LAVROV.id)).toHaveCount(0);
    expect((await editor.storeCounts()).entities).toBe(before.entities - 2);
    await editor.undo();
    await expect(editor.row(LAVROV.id)).toHaveCount(1);
    await editor.search(KARLOV.name);
    await expect(editor.row(KARLOV.id)).toHaveCount(1);
    expect(await editor.storeCounts()).toEqual(before);
  });

  test('merging an entity into another carries its name and aliases over to the one kept', async () => {
    await editor.createEntity('Jaysh al-Fatah', 'Armed group', ['JaF']);
    await editor.createEntity('Jaish al-Fatah', 'Armed group', ['Army of Conquest']);
    await editor.mergeInto('Jaysh', 'Jaysh al-Fatah');
    await expect(editor.detail.getByRole('heading', { name: 'Jaysh al-Fatah' })).toBeVisible();
    for (const alias of ['JaF', 'Army of Conquest', 'Jaish al-Fatah']) {
      await expect(editor.detail.getByRole('button', { name: `Remove alias ${alias}` })).toBeVisible();
    }
    await editor.search('fatah');
    await expect(editor.rows.filter({ hasText: /^Ja.sh al-Fatah/ })).toHaveCount(1);
  });
});

test('a summary edited in the editor shows in the card on the open demo page', async ({
  context,
  extensionId,
  demo,
}) => {
  const summary = 'Russian foreign minister; hosted the Moscow trilateral meeting in December 2016.';
  const editor = await EditorPage.open(context, extensionId);
  await editor.openEntity(LAVROV);
  await editor.field('Summary').fill(summary);
  await editor.save();
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV.id);
  await expect.poll(() => demo.cardText()).toContain(summary);
});
