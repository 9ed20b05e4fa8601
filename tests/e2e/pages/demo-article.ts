import type { Locator, Page } from '@playwright/test';
import { closedShadowText } from './closed-shadow';

/** One range of a custom highlight. */
export interface Mark {
  highlight: string;
  text: string;
  /** True when the range starts and ends in different text nodes, e.g. `<a>Vladimir</a> Putin`. */
  acrossNodes: boolean;
}

/** The card host is found by the attributes the extension keeps for tests, not by its tag. */
const CARD_HOST = '[aria-label^="Backstory card:"]';

/** The demo news article, as a reader with Backstory installed sees it. */
export class DemoArticle {
  /** The card host, open or closed; absent until a card has first been opened. */
  readonly card: Locator;
  readonly openCard: Locator;

  constructor(
    readonly page: Page,
    private readonly serverUrl: string,
  ) {
    this.card = page.locator(CARD_HOST);
    this.openCard = page.locator(`${CARD_HOST}[data-state="open"]`);
  }

  get url(): string {
    return `${this.serverUrl}/demo/index.html`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
  }

  async waitForMarks(timeout = 10_000): Promise<void> {
    await this.page
      .waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')), null, {
        timeout,
      })
      .catch(() => {
        throw new Error(`No backstory-* highlight appeared on ${this.url} within ${timeout} ms`);
      });
  }

  /**
   * Every range of every custom highlight on the page. Read from the page's own world: the
   * content script paints in its isolated world, but `CSS.highlights` is the document's.
   */
  async marks(): Promise<Mark[]> {
    return this.page.evaluate(() =>
      [...CSS.highlights].flatMap(([highlight, ranges]) =>
        [...ranges].map((range) => ({
          highlight,
          text: String(range),
          acrossNodes: range.startContainer !== range.endContainer,
        })),
      ),
    );
  }

  /** The text of every range in a `backstory-*` highlight. */
  async markedTexts(): Promise<string[]> {
    return (await this.marks()).filter((mark) => mark.highlight.startsWith('backstory-')).map((mark) => mark.text);
  }

  /** The text of every `backstory-*` range that lies inside an element matching `selector`. */
  async markedTextsInside(selector: string): Promise<string[]> {
    return this.page.evaluate(
      (within) =>
        [...CSS.highlights]
          .filter(([highlight]) => highlight.startsWith('backstory-'))
          .flatMap(([, ranges]) => [...ranges])
          .filter((range) => {
            const node = range.startContainer;
            const element = node instanceof Element ? node : node.parentElement;
            return Boolean(element?.closest(within));
          })
          .map(String),
      selector,
    );
  }

  /**
   * Rests the pointer on the first occurrence of `text` in the page's body, or on `text`
   * inside the first occurrence of `within` (for a name whose first occurrence is not marked).
   */
  async hover(text: string, within = text): Promise<void> {
    // A tab behind another (the popup's, say) gets no animation frames, which hover waits for.
    await this.page.bringToFront();
    const point = await this.page.evaluate(
      ({ wanted, context }) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const found = node.nodeValue?.indexOf(context) ?? -1;
          const offset = context.indexOf(wanted);
          if (found < 0 || offset < 0) continue;
          const at = found + offset;
          node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const range = new Range();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const box = range.getClientRects()[0];
          return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return undefined;
      },
      { wanted: text, context: within },
    );
    if (!point) throw new Error(`"${text}" in "${within}" is not on the page`);
    await this.page.mouse.move(point.x, point.y, { steps: 5 });
  }

  /** Moves the pointer to the page's top-left corner, where the demo has no mention. */
  async moveAway(): Promise<void> {
    await this.page.mouse.move(2, 2, { steps: 5 });
  }

  /** The open card's text as the reader sees it, from inside its closed shadow root. */
  async cardText(): Promise<string> {
    const card = await closedShadowText(this.page, `${CARD_HOST}[data-state="open"]`);
    // The reader's notes are in the card's extension frame (lib/page/card/notes-frame.ts), read with it.
    const notesFrame = this.page.frames().find((frame) => frame.url().includes('/card-notes.html'));
    const notes = await notesFrame?.evaluate(() => document.body.innerText).catch(() => '');
    return notes ? `${card}\n${notes}` : card;
  }

  /** Elements Backstory added to the page (its card host is the only one it may add). */
  async addedElements(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((element) => element.localName)
        .filter((name) => name.startsWith('backstory-')),
    );
  }

  /** The page's markup with Backstory's own elements taken out. */
  async markupWithoutBackstory(): Promise<string> {
    return this.page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const element of copy.querySelectorAll('*')) {
        if (element.localName.startsWith('backstory-')) element.remove();
      }
      return copy.outerHTML;
    });
  }
}
