import type { Page } from '@playwright/test';
import { expect, openProfile, test } from './fixtures';
import { CardView } from './pages/card-view';
import { DemoArticle } from './pages/demo-article';
import { EditorPage } from './pages/editor-page';
import { MarkedPage } from './pages/marked-page';

const PAGE = '/world/sanctions.html';

/** The page as a reader sees it once the world pack is in: it waits for Sudan, which only that pack knows. */
async function openSanctionsPage(page: Page, serverUrl: string): Promise<DemoArticle> {
  const article = new DemoArticle(page, serverUrl);
  await page.goto(`${serverUrl}${PAGE}`);
  // At install the world pack loads after the starter pack; a reader sees its names appear then.
  await expect.poll(() => article.markedTexts(), { timeout: 60_000 }).toContain('Sudan');
  return article;
}

/** The kind of every mark that overlaps the element `selector`, with its text. */
async function marksIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (within) =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('backstory-'))
        .flatMap(([name, ranges]) => [...ranges].map((range) => ({ name, range })))
        .filter(({ range }) => range.startContainer.parentElement?.closest(within))
        .map(({ name, range }) => `${name.slice('backstory-'.length)}: ${String(range)}`),
    selector,
  );
}

test('right after install, a page about Sudan, Tunisia and Facebook gets cards for them', async ({ server }) => {
  test.slow();
  const installing = await openProfile({ fresh: true });
  try {
    const page = installing.context.pages()[0] ?? (await installing.context.newPage());
    const article = await openSanctionsPage(page, server.url);
    expect(await article.markedTexts()).toEqual(expect.arrayContaining(['Sudan', 'Tunisia', 'Facebook', 'Khartoum']));
    await article.hover('Sudan', 'sanctions it has kept on Sudan');
    await expect.poll(() => article.cardText()).toMatch(/Sudan[\s\S]*State/i);
    await expect.poll(() => article.cardText()).toMatch(/Data: .*(MIT|CC BY)/);
    // The card may cover the next paragraph: close it as a reader would before pointing further down.
    await page.keyboard.press('Escape');
    await expect(article.openCard).toHaveCount(0);
    await article.hover('Facebook', 'such as Facebook');
    await expect.poll(() => article.cardText()).toMatch(/Facebook[\s\S]*Organisation/i);
  } finally {
    await installing.close();
  }
});

test('a Washington Post masthead is not marked as the capital', async ({ page, server }) => {
  test.slow();
  await openSanctionsPage(page, server.url);
  const inPartnerLine = await marksIn(page, '#partner');
  expect(inPartnerLine.filter((mark) => mark.startsWith('place:') || mark === 'state: Washington')).toEqual([]);
});

test('“Not this?” takes a mark off every open tab, leaves the name marked elsewhere, and is undone in the editor', async ({
  context,
  page,
  server,
  serviceWorker,
  extensionId,
}) => {
  test.slow();
  const article = await openSanctionsPage(page, server.url);
  const other = new MarkedPage(await context.newPage(), serviceWorker);
  await other.open(`${server.url}${PAGE}`);
  await expect.poll(() => marksIn(other.page, '#lead'), { timeout: 60_000 }).toContain('place: Khartoum');

  await article.hover('Khartoum', 'Officials in Khartoum said');
  await expect.poll(() => article.cardText()).toContain('Not this?');
  // A GeoNames city: the card credits its data as the licence asks.
  expect(await article.cardText()).toContain('Data: GeoNames, CC BY 4.0');
  const card = new CardView(page);
  await card.click('Not this?');
  await card.waitForText('Stop marking “in Khartoum said”');
  await card.click('Stop marking it');

  for (const tab of [page, other.page]) {
    await expect.poll(() => marksIn(tab, '#lead'), { timeout: 15_000 }).not.toContain('place: Khartoum');
    expect(await marksIn(tab, '#tech')).toContain('place: Khartoum');
  }

  // The editor lists the words apart from Khartoum's names; Mark again brings the mark back on both tabs.
  const editor = await EditorPage.open(context, extensionId);
  await editor.search('Khartoum');
  await editor.openEntityNamed('Khartoum');
  const stopPhrases = editor.detail.getByRole('group', { name: 'Not marked in these words' });
  await expect(stopPhrases).toContainText('“in Khartoum said”');
  const aliasTexts = () =>
    editor.detail
      .getByRole('textbox', { name: 'Alias', exact: true })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(await aliasTexts()).toEqual(['Khartoum']);
  await stopPhrases.getByRole('button', { name: 'Mark again in “in Khartoum said”' }).click();
  await editor.detail.getByRole('status').getByText('Saved.').waitFor();
  await expect(stopPhrases).toHaveCount(0);
  for (const tab of [page, other.page]) {
    await expect.poll(() => marksIn(tab, '#lead'), { timeout: 15_000 }).toContain('place: Khartoum');
  }
});
