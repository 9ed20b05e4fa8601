import type { Page } from 'puppeteer-core';

/** One range of a custom highlight. */
export interface Mark {
  highlight: string;
  text: string;
  /** True when the range starts and ends in different text nodes, e.g. `<a>Vladimir</a> Putin`. */
  acrossNodes: boolean;
}

/** The card host is found by the attributes the extension keeps for tests, not by its tag. */
export const CARD_HOST = '[aria-label^="Backstory card:"]';
export const OPEN_CARD = `${CARD_HOST}[data-state="open"]`;

/** The demo news article in Firefox, as a reader with Backstory installed sees it. */
export class DemoArticle {
  constructor(
    readonly page: Page,
    private readonly serverUrl: string,
  ) {}

  get url(): string {
    return `${this.serverUrl}/demo/index.html`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
  }

  /**
   * Waits until the page is marked: a first name, then no new mark for `quietMs`. The content
   * script marks in time-sliced steps, so on a busy machine the first marks come seconds
   * before the last (seen here at a load of 14 on two cores). Room for a machine twice as slow.
   */
  async waitForMarks(timeout = 30_000, quietMs = 1_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = 0;
    let since = Date.now();
    for (;;) {
      const count = (await this.markedTexts()).length;
      const now = Date.now();
      if (count !== last) [last, since] = [count, now];
      else if (count > 0 && now - since >= quietMs) return;
      if (now > deadline)
        throw new Error(`Marking on ${this.url} did not settle within ${timeout} ms (${count} marks)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Every range of every custom highlight on the page, read from the page's own `CSS.highlights`. */
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
          .flatMap(([, ranges]) => [...ranges] as Range[])
          .filter((range) => {
            const node = range.startContainer;
            const element = node instanceof Element ? node : node.parentElement;
            return Boolean(element?.closest(within));
          })
          .map(String),
      selector,
    );
  }

  /** Rests the pointer on the first occurrence of `text` in the page's body, scrolled into view. */
  async hover(text: string): Promise<void> {
    // A tab behind another (the popup's, say) gets no animation frames, which hover waits for.
    await this.page.bringToFront();
    const point = await this.page.evaluate((wanted) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const box = range.getClientRects()[0];
        return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    }, text);
    if (!point) throw new Error(`"${text}" is not on the page`);
    await this.page.mouse.move(point.x, point.y, { steps: 5 });
  }

  /** Moves the pointer to the page's top-left corner, where the demo has no mention. */
  async moveAway(): Promise<void> {
    await this.page.mouse.move(2, 2, { steps: 5 });
  }

  /** Waits for an open card (after the hover delay) and returns the id of its entity. */
  async waitForOpenCard(timeout = 10_000): Promise<string> {
    const host = await this.page.waitForSelector(OPEN_CARD, { timeout });
    return (await host!.evaluate((element) => element.getAttribute('data-entity-id'))) ?? '';
  }

  async waitForClosedCard(timeout = 10_000): Promise<void> {
    await this.page.waitForSelector(`${CARD_HOST}[data-state="closed"]`, { timeout });
  }

  /** What has focus in the page's document: the card's host when focus is inside the card. */
  async focusedElement(): Promise<string | undefined> {
    return this.page.evaluate(() => document.activeElement?.localName);
  }
}
