import type { Page } from '@playwright/test';
import { evaluateIsolated } from './isolated-world';

interface ScriptedPage {
  /** Plays what a reader sees happen after load and waits until it is over. */
  finish(page: Page): Promise<void>;
  /** The page's own account of its scripts, as it shows it (attributes, text). */
  state(page: Page): Promise<string>;
}

const htmlAttribute = (page: Page, name: string) => page.locator('html').getAttribute(name);

/** The corpus pages whose own scripts change them after load; they run the same with or without Backstory. */
const SCRIPTED_PAGES: Record<string, ScriptedPage> = {
  'live-blog': {
    finish: async (page) => {
      await page.getByRole('button', { name: 'Load more' }).click();
      await page.locator('#load-more[data-loaded]').waitFor({ state: 'attached' });
    },
    state: async (page) => `${await page.locator('#feed article').count()} entries in the feed`,
  },
  // Re-renders its whole article 2, 4 and 6 s after load, checking first that nobody touched
  // its nodes; then a click on the like button renders once more.
  'react-app': {
    finish: async (page) => {
      await page.locator('html[data-renders-done="true"]').waitFor({ state: 'attached', timeout: 10_000 });
      await page.locator('.like-button[aria-pressed]').click();
      await page.locator('html[data-renders="5"]').waitFor({ state: 'attached' });
    },
    state: async (page) =>
      `app ${await htmlAttribute(page, 'data-app-state')} after ${await htmlAttribute(page, 'data-renders')} renders;` +
      ` error: "${await page.locator('#app-error').textContent()}"`,
  },
  // Appends the next story 1.5 s after load (or on scrolling to the bottom).
  'infinite-scroll': {
    finish: async (page) => {
      await page.locator('html[data-next-loaded]').waitFor({ state: 'attached', timeout: 5_000 });
    },
    state: async (page) => `next story loaded by ${await htmlAttribute(page, 'data-next-loaded')}`,
  },
};

export function hasScriptedChanges(name: string): boolean {
  return Object.hasOwn(SCRIPTED_PAGES, name);
}

/** One page of tests/fixtures/corpus, as served by the fixtures' static server. */
export class CorpusPage {
  constructor(
    readonly page: Page,
    readonly name: string,
    private readonly serverUrl: string,
  ) {}

  get url(): string {
    return `${this.serverUrl}/corpus/${this.name}/index.html`;
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
  }

  /** Plays the page's scripted changes, if it has any, and waits for them to finish. */
  async finishScriptedChanges(): Promise<void> {
    await SCRIPTED_PAGES[this.name]?.finish(this.page);
  }

  /** How the page's own scripts say they are doing; empty for a page without scripts. */
  async scriptState(): Promise<string> {
    return (await SCRIPTED_PAGES[this.name]?.state(this.page)) ?? '';
  }

  /**
   * The page's markup, open shadow roots included, with Backstory's one element taken out
   * of a string copy (nothing in the page is touched to read it).
   */
  async markup(): Promise<string> {
    const html = await evaluateIsolated(
      this.page,
      () => {
        const shadowRoots: ShadowRoot[] = [];
        const collect = (root: ParentNode) => {
          for (const { shadowRoot } of root.querySelectorAll('*')) {
            if (!shadowRoot) continue;
            shadowRoots.push(shadowRoot);
            collect(shadowRoot);
          }
        };
        collect(document);
        return document.documentElement.getHTML({ shadowRoots });
      },
      undefined,
    );
    return html.replace(/<backstory-card-host\b[^>]*>[\s\S]*?<\/backstory-card-host>/g, '');
  }
}
