import type { Page } from 'puppeteer-core';
import { inClosedShadowRoot } from '../bidi';
import { OPEN_CARD } from './demo-article';

/**
 * The open context card in Firefox, read inside its closed shadow root through WebDriver
 * BiDi (see bidi.ts). Clicks and typing go through the real mouse and keyboard.
 */
export class CardView {
  constructor(readonly page: Page) {}

  private async inCard<Arg, Result>(fn: (root: ShadowRoot, arg: Arg) => Result, arg: Arg): Promise<Awaited<Result>> {
    const result = await inClosedShadowRoot(this.page, OPEN_CARD, fn, arg);
    if (result === undefined) throw new Error('No card is open');
    return result;
  }

  /** The card's text as the reader sees it. */
  async text(): Promise<string> {
    return this.inCard((root) => [...root.children]
      .filter((child) => child.localName !== 'style')
      .map((child) => (child as HTMLElement).innerText)
      .join('\n'), null);
  }

  /** Waits until the open card shows `wanted`; its details come a moment after it opens. */
  async waitForText(wanted: string, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.text().catch(() => '');
      if (last.includes(wanted)) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The card did not show "${wanted}" within ${timeout} ms; it showed:\n${last}`);
  }

  /** Clicks the button whose accessible name (aria-label, else its text) is `name`. */
  async click(name: string): Promise<void> {
    const point = await this.inCard((root, wanted) => {
      const target = [...root.querySelectorAll<HTMLElement>('button, a[href]')]
        .find((element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() === wanted);
      if (!target) return null;
      target.scrollIntoView({ block: 'nearest' });
      const box = target.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, name);
    if (!point) throw new Error(`No button named "${name}" in the card:\n${await this.text()}`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Types `text` into the card's text field labelled `label`, key by key. */
  async write(label: string, text: string): Promise<void> {
    const found = await this.inCard((root, wanted) => {
      const field = [...root.querySelectorAll('label')]
        .find((element) => element.textContent?.trim().startsWith(wanted))?.querySelector('textarea');
      field?.focus();
      return Boolean(field);
    }, label);
    if (!found) throw new Error(`No text field labelled "${label}" in the card`);
    await this.page.keyboard.type(text);
  }

  /** The element focused inside the card: 'card' for the card itself, else its tag and name. */
  async focused(): Promise<string | null> {
    return this.inCard((root) => {
      const active = root.activeElement as HTMLElement | null;
      if (!active) return null;
      if (active.classList.contains('card')) return 'card';
      return `${active.localName}: ${active.getAttribute('aria-label') ?? active.textContent?.trim() ?? ''}`;
    }, null);
  }
}
