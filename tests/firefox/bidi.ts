import type { Browser, Page } from 'puppeteer-core';

/**
 * The few WebDriver BiDi commands the Firefox suite sends itself, for what puppeteer-core has
 * no call for: a navigation that does not wait for a load event (Firefox sends none for
 * extension pages), a closed shadow root (the card's), and a key press that reaches the
 * browser window's shortcuts rather than the page.
 */

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** A test's own sandbox in each page: the page's scripts cannot patch the globals our functions use. */
const SANDBOX = 'backstory-firefox-tests';

/** puppeteer-core keeps its BiDi connection on the browser without typing it on `Browser`. */
function connectionOf(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (typeof connection?.send !== 'function')
    throw new Error('This puppeteer Browser has no WebDriver BiDi connection');
  return connection;
}

/** The BiDi browsing context of a page: puppeteer's frame id is that context's id. */
function contextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('No BiDi browsing context id on this page');
  return id;
}

async function send<T>(browser: Browser, method: string, params: object): Promise<T> {
  return (await connectionOf(browser).send(method, params)).result as T;
}

function valueOf(answer: EvaluateResult): RemoteValue | undefined {
  if (answer.type === 'exception') throw new Error(`In-page evaluation failed: ${answer.exceptionDetails?.text}`);
  return answer.result;
}

/** Starts loading `url` in `page` and returns at once; the caller waits for the content it expects. */
export async function navigateWithoutWaiting(page: Page, url: string): Promise<void> {
  await send(page.browser(), 'browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
}

/**
 * Runs `fn(shadowRoot, arg)` against the closed shadow root of the first element matching
 * `hostSelector`, in a sandbox of the page; undefined when no element matches. BiDi hands
 * out closed shadow roots when asked to serialize with `includeShadowTree: 'all'`. `arg` and
 * the result cross as JSON.
 */
export async function inClosedShadowRoot<Arg, Result>(
  page: Page,
  hostSelector: string,
  fn: (root: ShadowRoot, arg: Arg) => Result,
  arg: Arg,
): Promise<Awaited<Result> | undefined> {
  const browser = page.browser();
  const target = { context: contextOf(page), sandbox: SANDBOX };
  const host = valueOf(
    await send<EvaluateResult>(browser, 'script.callFunction', {
      functionDeclaration: '(selector) => document.querySelector(selector)',
      arguments: [{ type: 'string', value: hostSelector }],
      target,
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    }),
  );
  if (host?.type !== 'node') return undefined;
  const shadowRoot = (host.value as { shadowRoot?: RemoteValue | null }).shadowRoot;
  if (!shadowRoot?.sharedId) throw new Error(`${hostSelector} has no shadow root`);
  // A bundler may wrap named functions in `__name(...)`, which the page does not define.
  const declaration =
    `async (root, json) => { const __name = (f) => f; ` +
    `return JSON.stringify(await (${fn.toString()})(root, JSON.parse(json))); }`;
  const result = valueOf(
    await send<EvaluateResult>(browser, 'script.callFunction', {
      functionDeclaration: declaration,
      arguments: [{ sharedId: shadowRoot.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
      target,
      awaitPromise: true,
      resultOwnership: 'none',
    }),
  );
  return result?.type === 'string' ? (JSON.parse(result.value as string) as Awaited<Result>) : undefined;
}

/** One key as nsITextInputProcessor takes it. */
export interface KeyPress {
  key: string;
  code: string;
  keyCode: number;
}

/**
 * Runs in Firefox's browser window (chrome privileges): presses the keys together, the way
 * Firefox's own tests type, so the press goes through the browser window and its extension
 * shortcuts, as a reader's does. Input sent over BiDi goes to the page alone.
 */
const PRESS_IN_BROWSER_WINDOW = `(json) => {
  const keys = JSON.parse(json).map((init) => new KeyboardEvent('', init));
  gBrowser.selectedBrowser.focus();
  const input = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
  if (!input.beginInputTransactionForTests(window)) throw new Error('No keyboard input transaction');
  for (const key of keys) input.keydown(key);
  for (const key of keys.reverse()) input.keyup(key);
}`;

/** Needs Firefox started with `--remote-allow-system-access`, which lets BiDi reach the browser window. */
export async function pressInBrowserWindow(browser: Browser, keys: KeyPress[]): Promise<void> {
  const { contexts } = await send<{ contexts: { context: string; url: string }[] }>(
    browser,
    'browsingContext.getTree',
    { 'moz:scope': 'chrome' },
  );
  const window = contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No Firefox browser window to press keys in');
  valueOf(
    await send<EvaluateResult>(browser, 'script.callFunction', {
      functionDeclaration: PRESS_IN_BROWSER_WINDOW,
      arguments: [{ type: 'string', value: JSON.stringify(keys) }],
      target: { context: window.context },
      awaitPromise: false,
      resultOwnership: 'none',
    }),
  );
}
