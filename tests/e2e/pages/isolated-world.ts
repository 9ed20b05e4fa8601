import type { Page } from '@playwright/test';

/**
 * Runs `fn(arg)` in a fresh isolated world of the page's main frame, through the DevTools
 * protocol. The DOM and `CSS.highlights` are the document's, shared by every world, but the
 * page's globals are not: a page that replaces `Range`, `CSS` or `document.createTreeWalker`
 * cannot fool the reading, and reading defines nothing on the page's own `window`.
 *
 * `fn` travels as source text. `tsx` compiles with esbuild's `keepNames`, which wraps inner
 * functions in calls to a `__name` helper the page does not have, so the expression defines
 * a local one (with Playwright's own compiler the shim is simply unused).
 */
export async function evaluateIsolated<Arg, Result>(
  page: Page,
  fn: (arg: Arg) => Result,
  arg: Arg,
): Promise<Awaited<Result>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'backstory-tests',
    });
    const expression = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(`In-page evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as Awaited<Result>;
  } finally {
    await cdp.detach();
  }
}
