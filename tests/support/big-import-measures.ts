import type { Page } from 'playwright-core';

/**
 * What a reader waits for after a big import, measured the same way by the e2e measurement
 * (tests/e2e/editor-wikidata-import.spec.ts) and `npm run bench:import`.
 */

/**
 * From an input event in the editor's search box to the list showing `expectedId`, in the page's own
 * clock; Infinity when it has not shown after `capMs`.
 */
export async function searchKeystrokeMs(page: Page, query: string, expectedId: string, capMs: number): Promise<number> {
  return page.evaluate(
    async ([text, id, cap]) => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      const started = performance.now();
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      for (;;) {
        await new Promise(requestAnimationFrame);
        if (document.querySelector(`[data-entity-id="${id}"]`)) return performance.now() - started;
        if (performance.now() - started > cap) return Infinity;
      }
    },
    [query, expectedId, capMs] as const,
  );
}

/**
 * Opens a news page, served at an address of its own (under `origin`), whose one paragraph names
 * `name`. Under an origin that does not resolve (news.example), the e2e profile's content script
 * was not seen to run on it: the e2e specs give the static server's.
 */
export async function openArticleNaming(page: Page, name: string, origin = 'http://news.example'): Promise<void> {
  await page.route(`${origin}/report.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        `<!doctype html><html lang="en"><head><title>Report</title></head><body><article><h1>Talks resume</h1>` +
        `<p>Negotiators met on Tuesday, and ${name} said the talks would go on for another week.</p></article></body></html>`,
    }),
  );
  await page.goto(`${origin}/report.html`);
}
