import type { Page } from '@playwright/test';
import { DemoArticle } from './demo-article';

/** One event the page's listeners heard, with what it carried. */
export interface HeardEvent {
  type: string;
  key: string;
  data: string;
  /** The value of the element the event came from, when it has one. */
  value: string;
  /** The page's selection when the event came. */
  selection: string;
}

interface HostileGlobals {
  hostileSaw(text: string): boolean;
  hostileHeard(): HeardEvent[];
  __hostile: { openRootsWalked: number; capturedRoots: unknown[]; scans: number };
}

/**
 * tests/fixtures/hostile-card: a page whose CSS unsets everything and hides every div, and
 * whose script walks every node and open shadow root for text. Hover and the card's host
 * work as on the demo article, so its page object is reused for them.
 */
export class HostileCardPage extends DemoArticle {
  override get url(): string {
    return `${this.serverBase}/hostile-card/index.html`;
  }

  constructor(
    page: Page,
    private readonly serverBase: string,
  ) {
    super(page, serverBase);
  }

  /** Whether the page's own script has come across `text` anywhere it looked. */
  async scriptSaw(text: string): Promise<boolean> {
    return this.page.evaluate((wanted) => (window as unknown as HostileGlobals).hostileSaw(wanted), text);
  }

  /** Every key, input, composition, clipboard and selection event the page's listeners have heard. */
  async heard(): Promise<HeardEvent[]> {
    return this.page.evaluate(() => (window as unknown as HostileGlobals).hostileHeard());
  }

  /** How many scans the page's script has run, and how many open shadow roots it walked into. */
  async scriptWork(): Promise<{ scans: number; openRootsWalked: number }> {
    return this.page.evaluate(() => {
      const { scans, openRootsWalked } = (window as unknown as HostileGlobals).__hostile;
      return { scans, openRootsWalked };
    });
  }
}
