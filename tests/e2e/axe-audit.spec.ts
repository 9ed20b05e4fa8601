import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './pages/axe-audit';
import { CardView } from './pages/card-view';
import { EditorPage, type EditorSection } from './pages/editor-page';
import { ExtensionMessages } from './pages/extension-messages';

const SECTIONS: EditorSection[] = ['Entities', 'Pictures', 'Packs & import', 'Snapshots', 'Sites & settings', 'Sync'];

test('the popup has no WCAG 2.1 A/AA violation, with its list and with search results', async ({ demo, popupFor }) => {
  const popup = await popupFor(demo.page);
  await popup.rows.first().waitFor();
  expect(await axeViolations(popup.page)).toEqual([]);
  await popup.search('Aleppo');
  await popup.result('starter:aleppo').waitFor();
  expect(await axeViolations(popup.page)).toEqual([]);
});

test('every editor section has no WCAG 2.1 A/AA violation, and neither has an open entity', async ({
  context,
  extensionId,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  for (const section of SECTIONS) {
    await editor.show(section);
    await expect(editor.page.getByRole('tabpanel')).toBeVisible();
    expect(await axeViolations(editor.page), section).toEqual([]);
  }
  await editor.show('Entities');
  await editor.openEntity({ id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' });
  await editor.select({ id: 'starter:andrei-karlov', name: 'Andrei Karlov' });
  expect(await axeViolations(editor.page), 'an open entity and the bulk bar').toEqual([]);
});

/**
 * The card lives in a closed shadow root, which axe cannot enter. Its rendered markup, with
 * its own style sheet, is read through the DevTools protocol and audited in a page of its
 * own: the same elements, names and colours a reader meets.
 */
async function auditCardMarkup(context: BrowserContext, markup: string, colorScheme: 'light' | 'dark') {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Backstory card</title></head><body>${markup}</body></html>`,
  );
  try {
    return await axeViolations(page);
  } finally {
    await page.close();
  }
}

test('the card has no WCAG 2.1 A/AA violation, in light and dark', async ({ context, demo, serviceWorker }) => {
  await new ExtensionMessages(serviceWorker).step(demo.page, 1);
  const card = new CardView(demo.page);
  await card.waitForText('Add a note');
  const markup = await card.inShadow(
    (root) => [...root.children].map((child) => child.outerHTML).join('\n'),
    undefined,
  );
  expect(markup).toContain('role="dialog"');
  for (const scheme of ['light', 'dark'] as const) {
    expect(await auditCardMarkup(context, markup, scheme), scheme).toEqual([]);
  }
});
