import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { EntityFormPart } from './pages/entity-form';

const LAVROV = { id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' };
const KARLOV = { id: 'starter:andrei-karlov', name: 'Andrei Karlov' };
const RUSSIA = { id: 'starter:russia', name: 'Russia' };
const EDIT = 'Russian foreign minister since 2004; hosted the Moscow conference.';

test('the popup’s Back asks before dropping unsaved edits, and keeping them keeps every word', async ({
  demo,
  popupFor,
}) => {
  const popup = await popupFor(demo.page);
  const form = new EntityFormPart(popup.page, popup.page.locator('.editor'));
  await popup.editFromSearch(LAVROV.name, LAVROV.id);
  const saved = await form.field('Summary').inputValue();
  await expect(form.unsavedMark).toHaveCount(0);
  await form.field('Summary').fill(EDIT);
  await expect(form.unsavedMark).toHaveText('Unsaved changes');

  const back = popup.page.getByRole('button', { name: 'Back' });
  await back.click();
  await expect(form.discardQuestion).toHaveAccessibleName(`Discard changes to “${LAVROV.name}”?`);
  await expect(form.discardQuestion.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await popup.page.keyboard.press('Escape');
  await expect(form.discardQuestion).toHaveCount(0);
  await expect(back).toBeFocused();
  await expect(form.field('Summary')).toHaveValue(EDIT);

  await back.click();
  await form.discard();
  await expect(popup.page.getByRole('searchbox', { name: 'Search your store' })).toBeVisible();
  await popup.result(LAVROV.id).click();
  await expect(form.field('Summary')).toHaveValue(saved);
  await expect(form.unsavedMark).toHaveCount(0);
});

test('the popup’s Back goes straight back when nothing is unsaved, and after a save', async ({ demo, popupFor }) => {
  const popup = await popupFor(demo.page);
  const form = new EntityFormPart(popup.page, popup.page.locator('.editor'));
  await popup.editFromSearch(LAVROV.name, LAVROV.id);
  await form.field('Summary').fill(EDIT);
  await form.saveButton.click();
  await expect(popup.page.getByRole('status').getByText('Saved.')).toBeVisible();
  await expect(form.unsavedMark).toHaveCount(0);
  await popup.page.getByRole('button', { name: 'Back' }).click();
  await expect(form.discardQuestion).toHaveCount(0);
  await expect(popup.result(LAVROV.id)).toBeFocused();
});

test.describe('the editor page with unsaved edits', () => {
  let editor: EditorPage;
  let form: EntityFormPart;
  test.beforeEach(async ({ context, extensionId }) => {
    editor = await EditorPage.open(context, extensionId);
    form = new EntityFormPart(editor.page, editor.detail);
    await editor.openEntity(LAVROV);
    await form.field('Summary').fill(EDIT);
  });

  test('marks them in words beside the title, and Cancel changes puts the fields back', async () => {
    await expect(editor.detail.locator('.detail-title')).toContainText(`${LAVROV.name}Unsaved changes`);
    await editor.detail.getByRole('button', { name: 'Cancel changes' }).click();
    await expect(form.field('Summary')).not.toHaveValue(EDIT);
    await expect(form.unsavedMark).toHaveCount(0);
    await expect(form.saveButton).toBeFocused();
  });

  test('asks before another entity replaces them, and Keep editing keeps them', async () => {
    await editor.search(KARLOV.name);
    await editor.row(KARLOV.id).getByRole('button').click();
    await expect(form.discardQuestion).toHaveAccessibleName(`Discard changes to “${LAVROV.name}”?`);
    await form.keepEditing();
    await expect(editor.detail.getByRole('heading', { name: LAVROV.name })).toBeVisible();
    await expect(form.field('Summary')).toHaveValue(EDIT);
    await expect(editor.row(KARLOV.id).getByRole('button')).toBeFocused();

    await editor.row(KARLOV.id).getByRole('button').click();
    await form.discard();
    await expect(editor.detail.getByRole('heading', { name: KARLOV.name })).toBeVisible();
  });

  test('asks before Close drops them; Discard closes and focus returns to the row', async () => {
    await editor.detail.getByRole('button', { name: 'Close' }).click();
    await editor.page.keyboard.press('Escape');
    await expect(form.field('Summary')).toHaveValue(EDIT);
    await editor.detail.getByRole('button', { name: 'Close' }).click();
    await form.discard();
    await expect(editor.detail).toHaveCount(0);
    await expect(editor.row(LAVROV.id).getByRole('button')).toBeFocused();
  });

  test('closing the page asks the browser’s own question, and not once they are saved', async () => {
    const asked: string[] = [];
    editor.page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await editor.page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(editor.page.isClosed()).toBe(false);
    await editor.save();
    const closed = editor.page.waitForEvent('close');
    await editor.page.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toEqual(['beforeunload']);
  });
});

test('on a long form in a 1280x720 window, Save stays in view at the foot of the detail', async ({
  context,
  extensionId,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  await editor.page.setViewportSize({ width: 1280, height: 720 });
  await editor.openEntity(RUSSIA);
  const form = new EntityFormPart(editor.page, editor.detail);
  const pane = editor.page.locator('.entities-detail');
  // Long: the pane scrolls, and the form alone is taller than the window.
  const sizes = await pane.evaluate((el) => ({
    scroll: el.scrollHeight,
    client: el.clientHeight,
    form: el.querySelector('form')!.scrollHeight,
  }));
  expect(sizes.form).toBeGreaterThan(720);
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  for (const at of [0, 0.3, 0.6]) {
    await pane.evaluate(
      (el, share) => el.scrollTo(0, (el.querySelector('form')!.scrollHeight - el.clientHeight) * share),
      at,
    );
    const box = (await form.saveButton.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    // In view and not under anything: the point at its centre is the button.
    const onTop = await editor.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(onTop).toBe('Save');
  }
  await form.field('Summary').fill('The Russian Federation.');
  await expect(form.saveButton).toBeInViewport();
});
