import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

test('listing 127.0.0.1 among the sites clears the marks on the open demo page, and removing it brings them back', async ({
  context,
  extensionId,
  demo,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  await editor.show('Sites & settings');
  await editor.page.getByRole('textbox', { name: 'Site to list' }).fill('http://127.0.0.1:8080/demo/index.html');
  await editor.page.getByRole('button', { name: 'Add site' }).click();
  await expect(editor.page.getByRole('list', { name: 'Sites listed' })).toContainText('127.0.0.1');
  await expect.poll(() => demo.markedTexts()).toEqual([]);
  await editor.page.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect.poll(async () => (await demo.markedTexts()).length).toBeGreaterThan(50);
});

test('marking only the sites listed, with none listed, marks nothing; kinds switched off are not marked', async ({
  context,
  extensionId,
  demo,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  await editor.show('Sites & settings');
  await editor.page.getByRole('checkbox', { name: 'Person' }).uncheck();
  await expect.poll(async () => (await demo.markedTexts()).includes('Lavrov')).toBe(false);
  expect((await demo.markedTexts()).length).toBeGreaterThan(10);
  await editor.page.getByRole('radio', { name: 'Only on the sites listed' }).check();
  await expect.poll(() => demo.markedTexts()).toEqual([]);
});

test('a hover delay out of range is refused with a message, and the setting keeps its value', async ({
  context,
  extensionId,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  await editor.show('Sites & settings');
  const delay = editor.page.getByRole('spinbutton', { name: 'Open after (ms)' });
  await delay.fill('9000');
  await delay.press('Tab');
  await expect(editor.page.getByRole('alert')).toContainText('Open after');
  await editor.page.reload();
  await editor.show('Sites & settings');
  await expect(editor.page.getByRole('spinbutton', { name: 'Open after (ms)' })).toHaveValue('250');
});

test('the popup opens the editor', async ({ demo, popupFor, context }) => {
  const popup = await popupFor(demo.page);
  const opened = context.waitForEvent('page');
  await popup.page.getByRole('link', { name: 'Open the editor' }).click();
  const editor = await opened;
  await expect(editor).toHaveURL(/\/options\.html$/);
  await expect(editor.getByRole('heading', { name: 'Backstory editor' })).toBeVisible();
});
