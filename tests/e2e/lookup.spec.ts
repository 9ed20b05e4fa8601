import type { Request } from '@playwright/test';
import { tabIdOf } from '../support/extension';
import { expect, test as base } from './fixtures';
import { CardView } from './pages/card-view';
import { EditorPage } from './pages/editor-page';
import { LookupPanel, useFakeWikimedia } from './pages/lookup-panel';
import { NotInStoreList } from './pages/not-in-store';
import { askStore } from './pages/store-messages';
import { startFakeWikimedia, type FakeWikimedia } from '../support/wikimedia/fake-wikimedia';

/** Quoted in the demo article and in no pack; the fake Wikidata knows her as Q130000001. */
const FARHADI = 'Leila Farhadi';

const test = base.extend<{ wikimedia: FakeWikimedia }>({
  // eslint-disable-next-line no-empty-pattern
  wikimedia: async ({}, use) => {
    const fake = await startFakeWikimedia();
    await use(fake);
    await fake.close();
  },
});

test('a name looked up from the popup is added with its dated facts, and the open page marks it at once', async ({
  context,
  demo,
  extensionId,
  page,
  popupFor,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  const popup = await popupFor(page);
  const lookup = await LookupPanel.open(popup.page, FARHADI);
  await expect(lookup.panel).toContainText('Look-ups are off');
  await expect(lookup.panel).toContainText('sends that name and the language of the page');
  expect(wikimedia.requests).toHaveLength(0);

  await lookup.turnOn();
  // The single clear match is preselected and previewed: kind, names, dated facts, the summary's origin.
  await expect(lookup.panel.getByRole('radio', { name: /Leila Farhadi/ })).toBeChecked();
  await expect(lookup.preview).toContainText('Person');
  await expect(lookup.preview).toContainText('1 Sep 2019');
  await expect(lookup.preview).toContainText('Worked for International Institute for Strategic Studies.');
  await expect(lookup.preview.getByText('From Wikipedia, CC BY-SA')).toBeVisible();
  await expect(lookup.preview.getByRole('link', { name: 'Leila Farhadi' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Leila_Farhadi',
  );
  await lookup.add();
  await expect(lookup.panel.getByRole('status')).toHaveText('Added Leila Farhadi. It is now marked on open pages.');

  await expect.poll(() => demo.markedTexts()).toContain(FARHADI);
  await demo.hover(FARHADI);
  await expect(demo.openCard).toBeVisible();
  await expect.poll(() => demo.cardText()).toContain('Worked for International Institute for Strategic Studies.');
  const card = await demo.cardText();
  expect(card).toContain('2019');
  expect(card).toContain('Wikidata');
  expect(card).toContain('Wikipedia: Leila Farhadi, CC BY-SA 4.0');

  const [entity] = await askStore(popup.page, 'entities/search', { query: FARHADI, limit: 5 });
  const detail = await askStore(popup.page, 'entity/get', { id: entity!.id });
  expect(detail.entity.key).toBe('wd:Q130000001');
  expect(detail.facts.map((fact) => fact.sourceUrl)).toContain('https://www.wikidata.org/wiki/Q130000001#P108');
  // Manners: every request named Backstory; the search went out in the page's language.
  const apiCalls = wikimedia.requests.filter((request) => request.method === 'GET');
  expect(apiCalls.every((request) => request.apiUserAgent?.startsWith('Backstory/'))).toBe(true);
  expect(apiCalls.find((request) => request.params.get('action') === 'wbsearchentities')?.params.get('language')).toBe(
    'en',
  );
});

test('a 429 from Wikidata says when to try again', async ({
  context,
  demo,
  extensionId,
  page,
  popupFor,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  wikimedia.fail({ status: 429, headers: { 'Retry-After': '120' }, only: 'api' });
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  const popup = await popupFor(page);
  const lookup = await LookupPanel.open(popup.page, FARHADI);
  await lookup.turnOn();
  await expect(lookup.problem).toHaveText(
    /^Wikidata asks Backstory to slow down: try again in 2 minutes \(at \d\d:\d\d( [AP]M)?\)\.$/,
  );
  const sent = wikimedia.requests.filter((request) => request.method === 'GET').length;
  await lookup.panel.getByRole('button', { name: 'Try again' }).click();
  await expect(lookup.problem).toHaveText(/try again in (2 minutes|1\d\d seconds)/);
  // Before Retry-After has passed Backstory does not ask again.
  expect(wikimedia.requests.filter((request) => request.method === 'GET')).toHaveLength(sent);
});

test('with look-ups off nothing leaves the browser, whatever the reader clicks', async ({
  context,
  demo,
  extensionId,
  page,
  popupFor,
  server,
  serviceWorker,
  wikimedia,
}) => {
  const elsewhere: string[] = [];
  const watch = (request: Request) => {
    const url = request.url();
    // The browser's own pages (chrome://extensions, where the test grants access) load chrome:// files.
    if (/^(https?|wss?):/.test(url) && !url.startsWith(server.url)) elsewhere.push(url);
  };
  context.on('request', watch);
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  const popup = await popupFor(page);
  const lookup = await LookupPanel.open(popup.page, FARHADI);
  await expect(lookup.switch).not.toBeChecked();
  await expect(lookup.panel).toContainText('Look-ups are off');
  // A page of the extension asking the background directly is refused before any request is made.
  await expect(askStore(popup.page, 'lookup/search', { name: FARHADI })).rejects.toThrow('Look-ups are off.');
  await expect(askStore(popup.page, 'lookup/add', { qid: 'Q130000001' })).rejects.toThrow('Look-ups are off.');
  await demo.hover('Lavrov');
  await expect(demo.openCard).toBeVisible();
  expect(wikimedia.requests).toHaveLength(0);
  expect(elsewhere).toEqual([]);
});

test('Refresh from Wikidata updates what came from Wikidata and keeps what the reader edited', async ({
  context,
  demo,
  extensionId,
  page,
  popupFor,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  const popup = await popupFor(page);
  const lookup = await LookupPanel.open(popup.page, FARHADI);
  await lookup.turnOn();
  await lookup.add();
  await expect(lookup.panel.getByRole('status')).toHaveText(/^Added Leila Farhadi/);
  const [added] = await askStore(popup.page, 'entities/search', { query: FARHADI, limit: 1 });

  await popup.editFromSearch(FARHADI, added!.id);
  const summary = popup.page.getByLabel('Summary', { exact: true });
  await summary.fill('Researcher I met at the Doha Forum.');
  await popup.page.getByRole('button', { name: 'Save' }).click();
  await popup.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  // Meanwhile Wikidata learnt that she is a member of the institute she worked for.
  wikimedia.editItem('Q130000001', (item) => {
    const claims = item.claims as Record<string, { mainsnak: { property: string } }[]>;
    const worked = structuredClone(claims.P108![0]!);
    worked.mainsnak.property = 'P463';
    return { ...item, claims: { ...claims, P463: [worked] } };
  });
  await popup.page.getByRole('button', { name: 'Refresh from Wikidata' }).click();
  await expect(
    popup.page.getByRole('status').filter({ hasText: 'Refreshed Leila Farhadi from Wikidata' }),
  ).toBeVisible();
  await expect(summary).toHaveValue('Researcher I met at the Doha Forum.');
  const detail = await askStore(popup.page, 'entity/get', { id: added!.id });
  expect(detail.entity.summary).toBe('Researcher I met at the Doha Forum.');
  expect(detail.facts.map((fact) => fact.text)).toEqual(
    expect.arrayContaining([
      'Worked for International Institute for Strategic Studies.',
      'Member of Royal Institute of International Affairs.',
    ]),
  );
  await expect.poll(() => demo.markedTexts()).toContain(FARHADI);
});

test('"Look up" on a selection opens a window that looks the name up and adds it to the open page', async ({
  context,
  demo,
  extensionId,
  page,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  // What the context menu and the shortcut open (lib/background/capture.ts), for the selection "Leila Farhadi’s".
  const window = await context.newPage();
  const tabId = await tabIdOf(serviceWorker, page.url());
  await window.goto(
    `chrome-extension://${extensionId}/lookup.html?name=${encodeURIComponent(`${FARHADI}’s`)}&tabId=${tabId}`,
  );
  const lookup = new LookupPanel(window, FARHADI);
  await lookup.turnOn();
  await expect(lookup.preview).toContainText('Worked for Royal Institute of International Affairs.');
  await lookup.add();
  await expect(lookup.panel.getByRole('status')).toHaveText('Added Leila Farhadi. It is now marked on open pages.');
  await expect.poll(() => demo.markedTexts()).toContain(FARHADI);
});

test('"Look up all" looks every name up, ticks only clear matches, and adds only what the reader ticked', async ({
  context,
  demo,
  extensionId,
  page,
  popupFor,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  const popup = await popupFor(page);
  const list = new NotInStoreList(popup.page);
  await expect(list.names).toContainText([FARHADI]);
  const count = await list.names.count();
  await popup.page.getByRole('button', { name: `Look up all ${count} names on this page` }).click();
  const panel = popup.page.getByRole('region', { name: 'Look up all names' });
  await panel.getByRole('checkbox', { name: 'Look up names on Wikidata and Wikipedia' }).click();

  const rows = panel.getByRole('list', { name: 'Names to look up' }).getByRole('checkbox');
  await expect(rows).toHaveCount(count);
  await expect(panel.getByRole('status')).toHaveCount(0, { timeout: 20_000 });
  await expect(panel.getByRole('checkbox', { name: /^Leila Farhadi — Leila Farhadi, Iranian-born/ })).toBeChecked();
  // Names Wikidata does not know say so and cannot be ticked.
  const unknown = panel.getByRole('checkbox', { name: /Wikidata has nothing named/ });
  expect(await unknown.count()).toBe(count - 1);
  await expect(unknown.first()).toBeDisabled();
  await panel.getByRole('button', { name: 'Add 1 ticked' }).click();
  await expect(panel.getByRole('status')).toHaveText('Added 1 of 1. They are now marked on open pages.');
  await expect.poll(() => demo.markedTexts()).toContain(FARHADI);
  const searches = wikimedia.requests.filter((request) => request.params.get('action') === 'wbsearchentities');
  expect(searches).toHaveLength(count);
});

test('a new entity’s form can start from a look-up, and then edits the entity the look-up added', async ({
  context,
  demo,
  extensionId,
  page,
  popupFor,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  expect(await demo.markedTexts()).not.toContain(FARHADI);
  const popup = await popupFor(page);
  await new NotInStoreList(popup.page).add(FARHADI);
  await popup.page.getByRole('button', { name: `Start from Wikidata: look up “${FARHADI}”` }).click();
  const lookup = new LookupPanel(popup.page, FARHADI);
  await lookup.turnOn();
  await expect(lookup.preview).toContainText('Born.');
  await lookup.add();
  // The form is now the added entity's, filled from Wikidata and Wikipedia.
  await expect(popup.page.getByRole('button', { name: 'Refresh from Wikidata' })).toBeVisible();
  await expect(popup.page.getByLabel('Summary', { exact: true })).toHaveValue(/^Leila Farhadi \(born March 1979\)/);
  await expect.poll(() => demo.markedTexts()).toContain(FARHADI);
});

test('“Not this?” in a card offers the name’s other meanings on Wikidata, in the look-up window', async ({
  context,
  demo,
  extensionId,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: false });
  await demo.hover('Lavrov');
  await expect.poll(() => demo.cardText()).toContain('Not this?');
  const card = new CardView(demo.page);
  await card.click('Not this?');
  await card.waitForText('Look up other “Sergey Lavrov” on Wikidata');
  const opened = context.waitForEvent('page', (page) => page.url().includes('/lookup.html'));
  await card.click('Look up other “Sergey Lavrov” on Wikidata');
  const window = await opened;
  const lookup = new LookupPanel(window, 'Sergey Lavrov');
  // Look-ups are off here: the window asks first, and nothing has been sent.
  await expect(lookup.panel).toContainText('Look-ups are off');
  expect(wikimedia.requests).toHaveLength(0);
});

test('the editor’s new-entity form can start from a look-up too', async ({
  context,
  extensionId,
  serviceWorker,
  wikimedia,
}) => {
  await useFakeWikimedia(context, serviceWorker, extensionId, wikimedia, { grant: true });
  const editor = await EditorPage.open(context, extensionId);
  await editor.page.getByRole('button', { name: 'New entity' }).click();
  await editor.page.getByLabel('Name', { exact: true }).fill(FARHADI);
  await editor.page.getByRole('button', { name: `Start from Wikidata: look up “${FARHADI}”` }).click();
  const lookup = new LookupPanel(editor.page, FARHADI);
  await lookup.turnOn();
  await expect(lookup.preview).toContainText('Worked for International Institute for Strategic Studies.');
  await lookup.add();
  await expect(editor.page.getByRole('heading', { name: FARHADI })).toBeVisible();
  await expect(editor.page.getByRole('button', { name: 'Refresh from Wikidata' })).toBeVisible();
});
