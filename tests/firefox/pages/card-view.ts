import type { Frame, Page } from 'puppeteer-core';
import { inClosedShadowRoot } from '../bidi';
import { OPEN_CARD } from './demo-article';

/**
 * The open context card in Firefox, read inside its closed shadow root through WebDriver
 * BiDi (see bidi.ts), and its notes frame (an extension page at the card's foot) as part of
 * it. Clicks and typing go through the real mouse and keyboard.
 */
export class CardView {
  constructor(readonly page: Page) {}

  private async inCard<Arg, Result>(fn: (root: ShadowRoot, arg: Arg) => Result, arg: Arg): Promise<Awaited<Result>> {
    const result = await inClosedShadowRoot(this.page, OPEN_CARD, fn, arg);
    if (result === undefined) throw new Error('No card is open');
    return result;
  }

  /**
   * The card's notes frame. Asked of each frame's own document: puppeteer's `frame.url()`
   * stays "about:blank" for it in Firefox 153, though the frame shows the extension page.
   */
  private async notesFrame(): Promise<Frame | undefined> {
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame()) continue;
      const url = await frame.evaluate(() => location.href).catch(() => '');
      if (url.includes('/card-notes.html')) return frame;
    }
    return undefined;
  }

  /** The card's text as the reader sees it, its notes last. */
  async text(): Promise<string> {
    const card = await this.inCard(
      (root) =>
        [...root.children]
          .filter((child) => child.localName !== 'style')
          .map((child) => (child as HTMLElement).innerText)
          .join('\n'),
      null,
    );
    const notes = await (await this.notesFrame())?.evaluate(() => document.body.innerText).catch(() => '');
    return notes ? `${card}\n${notes}` : card;
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
      const target = [...root.querySelectorAll<HTMLElement>('button, a[href]')].find(
        (element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() === wanted,
      );
      if (!target) return null;
      target.scrollIntoView({ block: 'nearest' });
      const box = target.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, name);
    const inNotes = point ? undefined : await this.pointInNotes(name);
    const at = point ?? inNotes;
    if (!at) throw new Error(`No button named "${name}" in the card:\n${await this.text()}`);
    await this.page.mouse.click(at.x, at.y);
  }

  /** The middle of the notes frame's button named `name`, in the page's coordinates. */
  private async pointInNotes(name: string): Promise<{ x: number; y: number } | undefined> {
    const frame = await this.notesFrame();
    const inFrame = await frame?.evaluate((wanted) => {
      const target = [...document.querySelectorAll<HTMLElement>('button')].find(
        (element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() === wanted,
      );
      if (!target) return null;
      target.scrollIntoView({ block: 'nearest' });
      const box = target.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, name);
    if (!inFrame) return undefined;
    const origin = await this.inCard((root) => {
      const box = root.querySelector('iframe')?.getBoundingClientRect();
      return box ? { x: box.left, y: box.top } : null;
    }, null);
    return origin ? { x: origin.x + inFrame.x, y: origin.y + inFrame.y } : undefined;
  }

  /** Types `text` into the notes frame's text field labelled `label`, key by key. */
  async write(label: string, text: string): Promise<void> {
    const found = await (
      await this.notesFrame()
    )?.evaluate((wanted) => {
      const field = [...document.querySelectorAll('label')]
        .find((element) => element.textContent?.trim().startsWith(wanted))
        ?.querySelector('textarea');
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
