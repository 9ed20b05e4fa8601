import type { Locator, Page } from '@playwright/test';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * One of the pages in tests/fixtures/card-layouts, each a layout where the card's placement
 * can go wrong. Unlike DemoArticle.hover, nothing is scrolled into view before the pointer
 * rests on a name: where the name sits in the window is the point of each test.
 */
export class CardLayoutPage {
  readonly openCard: Locator;

  constructor(
    readonly page: Page,
    private readonly serverUrl: string,
  ) {
    this.openCard = page.locator('[aria-label^="Backstory card:"][data-state="open"]');
  }

  async open(file: string): Promise<void> {
    await this.page.goto(`${this.serverUrl}/card-layouts/${file}`);
    await this.page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')));
  }

  /** Where the marked name `text` is in the window now. */
  async mention(text: string): Promise<Box> {
    return this.page.evaluate((wanted) => {
      const range = [...CSS.highlights]
        .filter(([name]) => name.startsWith('backstory-'))
        .flatMap(([, highlight]) => [...highlight] as Range[])
        .find((candidate) => String(candidate) === wanted);
      if (!range) throw new Error(`"${wanted}" is not marked`);
      const { left, top, right, bottom } = range.getBoundingClientRect();
      return { left, top, right, bottom };
    }, text);
  }

  /** Rests the pointer on the middle of the marked name `text`, where it is now; returns its box. */
  async hover(text: string): Promise<Box> {
    await this.page.bringToFront();
    const box = await this.mention(text);
    await this.page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 5 });
    return box;
  }

  async scrollWindow(top: number): Promise<void> {
    await this.page.evaluate((by) => window.scrollBy({ top: by, behavior: 'instant' }), top);
  }

  /** Scrolls the element matching `selector` (a column that scrolls inside the page), not the window. */
  async scrollElement(selector: string, top: number): Promise<void> {
    await this.page.evaluate(
      ({ selector: s, by }) => document.querySelector(s)!.scrollBy({ top: by, behavior: 'instant' }),
      { selector, by: top },
    );
  }
}
