import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { EntityFormPart } from './pages/entity-form';
import { askStore } from './pages/store-messages';

const ERDOGAN = { id: 'starter:recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan' };
const WARNING = 'Already in your store: “Recep Tayyip Erdoğan” (person), which has the alias “Tayyip Erdogan”.';

test.describe('a new entity the store already has', () => {
  test('the editor warns as the name is typed, holds the first Save, and opens the entity it names', async ({
    context,
    extensionId,
  }) => {
    const editor = await EditorPage.open(context, extensionId);
    const form = new EntityFormPart(editor.page, editor.detail);
    const before = (await editor.storeCounts()).entities;
    await editor.page.getByRole('button', { name: 'New entity' }).click();
    // Another case and its diacritic: folded as the matcher folds page text.
    await form.field('Name').fill('tayyip erdoğan');
    await expect(form.duplicateSentence).toHaveText(WARNING);
    await form.saveButton.click();
    await expect(form.saveAnyway).toBeFocused();
    expect((await editor.storeCounts()).entities).toBe(before);
    await form.openButton(ERDOGAN.name).click();
    // The typed name would be lost: asked first.
    await form.discard();
    await expect(editor.detail.getByRole('heading', { name: ERDOGAN.name })).toBeVisible();
    expect((await editor.storeCounts()).entities).toBe(before);
  });

  test('Save anyway in the editor writes the new entity, and the warning goes', async ({ context, extensionId }) => {
    const editor = await EditorPage.open(context, extensionId);
    const form = new EntityFormPart(editor.page, editor.detail);
    const before = (await editor.storeCounts()).entities;
    await editor.page.getByRole('button', { name: 'New entity' }).click();
    await form.field('Name').fill('Recep Tayyip Erdogan');
    await expect(form.duplicateSentence).toHaveText('Already in your store: “Recep Tayyip Erdoğan” (person).');
    await form.saveAnyway.click();
    await expect(editor.detail.getByRole('status').getByText('Saved.')).toBeVisible();
    await expect(form.duplicateSentence).toHaveCount(0);
    await expect(form.saveButton).toBeFocused();
    expect((await editor.storeCounts()).entities).toBe(before + 1);
  });

  test('the popup’s new-entity form warns too, and its Open asks before dropping the typed name', async ({
    demo,
    popupFor,
  }) => {
    const popup = await popupFor(demo.page);
    const form = new EntityFormPart(popup.page, popup.page.locator('.editor'));
    await popup.page.getByRole('button', { name: 'New entity' }).click();
    await form.field('Name').fill('Tayyip Erdoğan');
    await expect(form.duplicateSentence).toHaveText(WARNING);
    await form.saveButton.click();
    await expect(form.saveAnyway).toBeFocused();
    await form.openButton(ERDOGAN.name).click();
    await expect(form.discardQuestion).toBeVisible();
    await form.keepEditing();
    await expect(form.field('Name')).toHaveValue('Tayyip Erdoğan');
    await form.openButton(ERDOGAN.name).click();
    await form.discard();
    await expect(popup.page.getByRole('heading', { name: ERDOGAN.name })).toBeVisible();
    await expect(form.field('Name')).toHaveValue(ERDOGAN.name);
  });

  test('a name no entity answers to is saved on the first Save, without a warning', async ({
    context,
    extensionId,
  }) => {
    const editor = await EditorPage.open(context, extensionId);
    const form = new EntityFormPart(editor.page, editor.detail);
    await editor.page.getByRole('button', { name: 'New entity' }).click();
    await form.field('Name').fill('Tayyip');
    await form.saveButton.click();
    await expect(editor.detail.getByRole('status').getByText('Saved.')).toBeVisible();
    await expect(form.duplicateSentence).toHaveCount(0);
  });

  test('merging a duplicate keeps its name and its aliases on the kept entity, none twice', async ({
    context,
    extensionId,
  }) => {
    const editor = await EditorPage.open(context, extensionId);
    await editor.createEntity('R. T. Erdoğan', 'Person', ['Reis', 'erdogan']);
    await editor.mergeInto('Recep Tayyip', ERDOGAN.name);
    await expect(editor.detail.getByRole('heading', { name: ERDOGAN.name })).toBeVisible();
    const kept = await askStore(editor.page, 'entity/get', { id: ERDOGAN.id });
    const aliases = kept.aliases.map((a) => a.text);
    expect(aliases).toEqual(expect.arrayContaining(['R. T. Erdoğan', 'Reis', 'Erdogan', 'Tayyip Erdogan']));
    expect(aliases.filter((text) => text.toLowerCase() === 'erdogan')).toHaveLength(1);
    await expect(editor.detail.getByRole('button', { name: 'Remove alias R. T. Erdoğan' })).toHaveCount(1);
  });
});
