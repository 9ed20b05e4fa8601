import type { Frame, Page } from '@playwright/test';

const OPEN_CARD = '[aria-label^="Backstory card:"][data-state="open"]';

/** What tests read of an element inside the card. */
export interface CardElement {
  tag: string;
  name: string;
}

/**
 * The open context card, reached inside its closed shadow root through the DevTools
 * protocol (Playwright's locators pierce open roots only). Functions run in an isolated
 * world of their own, so a hostile page's patched globals cannot fool them; clicks and
 * typing go through the real mouse and keyboard, as a reader's would. The reader's notes are
 * in an extension frame at the card's foot (lib/page/card/notes-frame.ts): the page object reads
 * and works the frame as part of the card, as the reader sees it.
 */
export class CardView {
  constructor(readonly page: Page) {}

  /** Runs `fn(shadowRoot, arg)` against the open card's closed shadow root. */
  async inShadow<Arg, Result>(fn: (root: ShadowRoot, arg: Arg) => Result, arg: Arg): Promise<Result> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'backstory-card-tests',
      });
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: OPEN_CARD });
      if (!nodeId) throw new Error('No card is open');
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const shadowRoot = node.shadowRoots?.[0];
      if (!shadowRoot) throw new Error('The card host has no shadow root');
      const { object } = await cdp.send('DOM.resolveNode', {
        backendNodeId: shadowRoot.backendNodeId,
        executionContextId,
      });
      // See isolated-world.ts for why `__name` is defined.
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (arg) { const __name = (f) => f; return (${fn.toString()})(this, arg); }`,
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails)
        throw new Error(
          `In-card evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
        );
      return result.value as Result;
    } finally {
      await cdp.detach();
    }
  }

  /** The notes frame of the open card, once it has loaded. */
  notesFrame(): Frame | undefined {
    return this.page.frames().find((frame) => frame.url().includes('/card-notes.html'));
  }

  /** Runs `fn()` in the notes frame's document. */
  async inNotes<Result>(fn: () => Result): Promise<Result> {
    const frame = this.notesFrame();
    if (!frame) throw new Error('The card has no notes frame');
    return frame.evaluate(fn);
  }

  /** The card's text as the reader sees it, its notes last. */
  async text(): Promise<string> {
    const card = await this.inShadow(
      (root) =>
        [...root.children]
          .filter((child) => child.localName !== 'style')
          .map((child) => (child as HTMLElement).innerText)
          .join('\n'),
      undefined,
    );
    const notes = await this.notesFrame()
      ?.evaluate(() => document.body.innerText)
      .catch(() => '');
    return notes ? `${card}\n${notes}` : card;
  }

  /**
   * Waits until an open card shows `wanted` (the card opens after the hover delay, its
   * details a moment later). Headings are upper-cased by CSS, so match them with `/…/i`.
   */
  async waitForText(wanted: string | RegExp, timeout = 5_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.text().catch(() => '');
      if (typeof wanted === 'string' ? last.includes(wanted) : wanted.test(last)) return last;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`The card did not show ${String(wanted)} within ${timeout} ms; it showed:\n${last}`);
  }

  /** Clicks the button or link whose accessible name (aria-label, else its text) is `name`. */
  async click(name: string): Promise<void> {
    const point = await this.inShadow((root, wanted) => {
      const target = [...root.querySelectorAll<HTMLElement>('button, a[href]')].find(
        (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === wanted,
      );
      if (!target) return undefined;
      target.scrollIntoView({ block: 'nearest' });
      const box = target.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, name);
    if (point) return this.page.mouse.click(point.x, point.y);
    const inNotes = this.notesFrame()?.getByRole('button', { name, exact: true });
    if (inNotes && (await inNotes.count()) === 1) return inNotes.click();
    throw new Error(`No button or link named "${name}" in the card:\n${await this.text()}`);
  }

  /** Puts text in the card's text field labelled `label` (replacing its text): typed key by key, or pasted when long. */
  async write(label: string, text: string, how: 'type' | 'paste' = 'type'): Promise<void> {
    const focus = (root: ParentNode, wanted: string) => {
      const field = [...root.querySelectorAll('label')]
        .find((l) => l.textContent?.trim().startsWith(wanted))
        ?.querySelector('textarea');
      field?.focus();
      // What is typed replaces what the field held, as after a reader's select-all.
      field?.select();
      return Boolean(field);
    };
    // A function crosses to the page as its source, so the frame's copy is written out.
    const found =
      (await this.inShadow(focus, label)) ||
      (await this.notesFrame()?.evaluate((wanted) => {
        const field = [...document.querySelectorAll('label')]
          .find((l) => l.textContent?.trim().startsWith(wanted))
          ?.querySelector('textarea');
        field?.focus();
        field?.select();
        return Boolean(field);
      }, label));
    if (!found) throw new Error(`No text field labelled "${label}" in the card`);
    if (how === 'type') await this.page.keyboard.type(text);
    else await this.page.keyboard.insertText(text);
  }

  /** The element focused inside the card (its notes frame included), or undefined when focus is elsewhere. */
  async focused(): Promise<CardElement | undefined> {
    const inCard = await this.inShadow((root) => {
      const active = root.activeElement as HTMLElement | null;
      if (!active) return undefined;
      if (active.localName === 'iframe') return { tag: 'iframe', name: 'notes' };
      const name =
        active.getAttribute('aria-label') ??
        (active.classList.contains('card') ? 'card' : (active.textContent?.trim() ?? ''));
      return { tag: active.localName, name };
    }, undefined);
    if (inCard?.tag !== 'iframe') return inCard;
    const inNotes = await this.inNotes(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return undefined;
      return { tag: active.localName, name: active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '' };
    }).catch(() => undefined);
    return inNotes ?? inCard;
  }

  /** Every link in the card, as the `href` the browser would follow. */
  async links(): Promise<string[]> {
    return this.inShadow((root) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''), undefined);
  }

  /** A computed style of the first element matching `selector` in the card. */
  async style(selector: string, property: string): Promise<string> {
    return this.inShadow(
      (root, { selector: s, property: p }) => {
        const element = root.querySelector(s);
        return element ? getComputedStyle(element).getPropertyValue(p) : '';
      },
      { selector, property },
    );
  }

  /** The card's box on screen, and the viewport's size. */
  async box(): Promise<{
    left: number;
    top: number;
    right: number;
    bottom: number;
    width: number;
    height: number;
    viewWidth: number;
    viewHeight: number;
  }> {
    return this.inShadow((root) => {
      const card = root.querySelector('.card-shell')!.getBoundingClientRect();
      return {
        left: card.left,
        top: card.top,
        right: card.right,
        bottom: card.bottom,
        width: card.width,
        height: card.height,
        viewWidth: document.documentElement.clientWidth,
        viewHeight: document.documentElement.clientHeight,
      };
    }, undefined);
  }
}
