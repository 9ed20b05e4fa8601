import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CardView } from './pages/card-view';
import { ExtensionMessages } from './pages/extension-messages';

/** What has focus in the page's document: the card's host when focus is inside the card. */
const pageFocus = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.localName === 'a' ? `link: ${active.textContent?.trim()}` : active?.localName;
  });

test('the "next mention" command opens a card that takes the keyboard focus', async ({ demo, page, serviceWorker }) => {
  await new ExtensionMessages(serviceWorker).step(page, 1);
  await expect(demo.openCard).toHaveCount(1);
  const card = new CardView(page);
  await expect.poll(() => card.focused()).toEqual({ tag: 'div', name: 'card' });
  expect(await pageFocus(page)).toBe('backstory-card-host');
});

test('Tab and Shift+Tab stay inside a card opened from the keyboard', async ({ demo, page, serviceWorker }) => {
  await new ExtensionMessages(serviceWorker).step(page, 1);
  await expect(demo.openCard).toHaveCount(1);
  const card = new CardView(page);
  await card.waitForText('Add a note');
  const seen = new Set<string>();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await card.focused();
    expect(focused, `focus after ${i + 1} Tab presses`).toBeDefined();
    seen.add(focused!.name);
  }
  expect(seen).toContain('Close card');
  expect(seen).toContain('Add a note');
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await card.focused()).toBeDefined();
  }
  expect(await pageFocus(page)).toBe('backstory-card-host');
});

test('Escape closes a card opened from the keyboard and gives focus back to where it was', async ({
  demo,
  page,
  serviceWorker,
}) => {
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await new ExtensionMessages(serviceWorker).step(page, 1);
  const card = new CardView(page);
  await expect.poll(() => card.focused()).toBeDefined();
  await page.keyboard.press('Escape');
  await expect(demo.card).toHaveAttribute('data-state', 'closed');
  expect(await pageFocus(page)).toBe('link: Skip to content');
});

test('Escape while writing a note cancels the note, and a second Escape closes the card', async ({
  demo,
  page,
  serviceWorker,
}) => {
  await new ExtensionMessages(serviceWorker).step(page, 1);
  const card = new CardView(page);
  await card.waitForText('Add a note');
  await card.click('Add a note');
  await card.write('New note', 'half a thought');
  await page.keyboard.press('Escape');
  await expect(demo.openCard).toHaveCount(1);
  await expect.poll(() => card.focused()).toEqual({ tag: 'button', name: 'Add a note' });
  expect(await card.text()).not.toContain('half a thought');
  await page.keyboard.press('Escape');
  await expect(demo.card).toHaveAttribute('data-state', 'closed');
});

test('screen readers meet the card as a dialog named after its entity, with labelled buttons', async ({
  demo,
  page,
  serviceWorker,
}) => {
  await new ExtensionMessages(serviceWorker).step(page, 1);
  await expect(demo.openCard).toHaveCount(1);
  const name = (await demo.openCard.getAttribute('aria-label'))!.replace('Backstory card: ', '');
  const card = new CardView(page);
  await card.waitForText('Add a note');
  const axTree = async (target: Page | Frame) => {
    const cdp = await page.context().newCDPSession(target);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    return (role: string) =>
      nodes.filter((n) => n.role?.value === role && !n.ignored).map((n) => String(n.name?.value ?? ''));
  };
  const named = await axTree(page);
  expect(named('dialog')).toContain(name);
  expect(named('button')).toEqual(expect.arrayContaining(['Pin card', 'Close card']));
  expect(named('heading')).toContain(name);
  // The notes are an extension frame of their own (a tree of their own to a screen reader too).
  expect(named('Iframe')).toContain('Your notes');
  const inNotes = await axTree(card.notesFrame()!);
  expect(inNotes('button')).toContain('Add a note');
  const modal = await card.inShadow(
    (root) => root.querySelector('[role="dialog"]')?.getAttribute('aria-modal'),
    undefined,
  );
  expect(modal, 'a card opened from the keyboard is modal: focus stays in it').toBe('true');
});
