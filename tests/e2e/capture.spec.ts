import { tabIdOf } from '../support/extension';
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture-page';
import { NotInStoreList } from './pages/not-in-store';
import { askStore } from './pages/store-messages';

/** Quoted in the demo article and in no pack: a name the starter store does not know. */
const FARHADI = 'Leila Farhadi';

test('a name the store lacks is listed under "Not yet in your store" and, once added, is marked on the open page', async ({
  demo,
  page,
  popupFor,
}) => {
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  const popup = await popupFor(page);
  const list = new NotInStoreList(popup.page);
  await expect(list.names).toContainText([FARHADI]);

  await list.add(FARHADI);
  await expect(popup.page.getByLabel('Name', { exact: true })).toHaveValue(FARHADI);
  await expect(popup.page.getByLabel('Kind', { exact: true })).toHaveValue('person');
  await list.saveEditor();
  await expect.poll(() => demo.markedTexts()).toContain(FARHADI);
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);

  await list.back();
  await expect(list.names.filter({ hasText: FARHADI })).toHaveCount(0);
});

test('the capture form adds a selection as an actor, and the open page marks it at once', async ({
  context,
  demo,
  extensionId,
}) => {
  const capture = await CapturePage.open(context, extensionId, { mode: 'entity', text: `${FARHADI}’s\n` });
  await expect(capture.field('Name')).toHaveValue(FARHADI);
  await capture.field('Summary').fill('Researcher on Gulf and Levant security.');
  await capture.save();
  await expect(capture.status).toHaveText('Added. It is now marked on open pages.');
  await expect.poll(() => demo.markedTexts()).toContain(FARHADI);
});

test('the capture window closes itself a moment after a save', async ({ context, extensionId }) => {
  const capture = await CapturePage.open(context, extensionId, { mode: 'entity', text: FARHADI });
  await capture.save();
  await capture.page.waitForEvent('close', { timeout: 5_000 });
});

test('an entity with an empty name is refused with the background’s reason and nothing is saved', async ({
  context,
  extensionId,
}) => {
  const capture = await CapturePage.open(context, extensionId, { mode: 'entity', text: 'Farhadi' });
  await capture.field('Name').fill('  ');
  await capture.save();
  await expect(capture.error).toHaveText('Name: The name must not be empty');
  await expect(capture.status).toHaveText('');
  expect(await capture.searchStore('Farhadi')).toEqual([]);
});

test('a sentence added as a fact about Sergey Lavrov shows in his card, filed with the article as its source', async ({
  context,
  demo,
  extensionId,
  popupFor,
  serviceWorker,
}) => {
  const sentence = 'Lavrov hosted the session and made little effort to hide his satisfaction with the format.';
  const tabId = await tabIdOf(serviceWorker, demo.url);
  const article = await CapturePage.articleOf(serviceWorker, tabId);
  const capture = await CapturePage.open(context, extensionId, {
    mode: 'fact',
    text: sentence,
    url: article.url,
    title: article.title,
    published: article.published ?? undefined,
    tabId,
  });
  await expect(capture.field('Date')).toHaveValue('2017-01-04');
  await expect(capture.page.getByText(article.title)).toBeVisible();
  await capture.chooseFromPage('Sergey Lavrov');
  await capture.save();
  await expect(capture.status).toHaveText('Added to Sergey Lavrov.');

  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:sergey-lavrov');
  await expect.poll(() => demo.cardText()).toContain(sentence);
  // The card shows a source by its site's name; the store keeps the article's address and title.
  const popup = await popupFor(demo.page);
  const { facts } = await askStore(popup.page, 'entity/get', { id: 'starter:sergey-lavrov' });
  expect(facts).toContainEqual(
    expect.objectContaining({
      text: sentence,
      date: '2017-01-04',
      sourceUrl: demo.url,
      sourceTitle: article.title,
    }),
  );
});

test('a fact needs its entity before it is sent', async ({ context, extensionId }) => {
  const capture = await CapturePage.open(context, extensionId, { mode: 'fact', text: 'Lavrov hosted the session.' });
  await capture.save();
  await expect(capture.error).toHaveText('Choose the actor or event this fact is about.');
});

test('a fact from a file: page says it will be saved without a source', async ({ context, extensionId }) => {
  const capture = await CapturePage.open(context, extensionId, {
    mode: 'fact',
    text: 'Lavrov hosted the session.',
    url: 'file:///home/reader/saved.html',
    title: 'Saved page',
  });
  await expect(capture.notices).toContainText(['this is a file: page, so the fact is saved without a source']);
});

test('a huge selection opens the fact form cut to 2,000 characters, with a notice', async ({
  context,
  extensionId,
}) => {
  const capture = await CapturePage.open(context, extensionId, { mode: 'fact', text: 'Aleppo fell. '.repeat(20_000) });
  await expect(capture.notices).toContainText(['longer than 2,000 characters, so only its start is kept']);
  expect((await capture.field('Fact').inputValue()).length).toBeLessThanOrEqual(2_000);
});

test('the page reports its selection to the background, for the keyboard commands', async ({
  demo,
  page,
  serviceWorker,
}) => {
  await page.evaluate((name) => {
    const quote = [...document.querySelectorAll('blockquote footer')].find((el) => el.textContent?.includes(name))!;
    const text = quote.firstChild!;
    const at = text.nodeValue!.indexOf(name);
    getSelection()!.setBaseAndExtent(text, at, text, at + name.length);
  }, FARHADI);
  const tabId = await tabIdOf(serviceWorker, demo.url);
  const answer = await serviceWorker.evaluate((id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
    };
    return chrome.tabs.sendMessage(id, { backstory: 1, type: 'page/selection', request: {} });
  }, tabId);
  expect(answer).toEqual({ ok: true, value: { text: FARHADI } });
});
