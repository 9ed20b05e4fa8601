import { browser, type Browser } from 'wxt/browser';
import {
  backgroundMessages,
  pageMessages,
  type BackgroundAnswer,
  type BackgroundRequest,
  type BackgroundRequestParsed,
  type BackgroundRequestType,
  type PageAnswer,
  type PageRequest,
  type PageRequestParsed,
  type PageRequestType,
  type Result,
} from './protocol';
import { asResult, dispatch, isEnvelope, wrap } from './envelope';

export type * from './protocol';
/** The card and its notes frame validate what arrives on their private port. */
export { NotesFrameCommandSchema, NotesFrameEventSchema } from './protocol';

type Sender = Browser.runtime.MessageSender;

export type BackgroundHandlers = {
  [K in BackgroundRequestType]: (request: BackgroundRequestParsed<K>, sender: Sender) => Promise<BackgroundAnswer<K>>;
};
export type PageHandlers = {
  [K in PageRequestType]: (request: PageRequestParsed<K>) => Promise<PageAnswer<K>>;
};

export async function askBackground<K extends BackgroundRequestType>(
  type: K,
  request: BackgroundRequest<K>,
): Promise<Result<BackgroundAnswer<K>>> {
  try {
    return asResult(await browser.runtime.sendMessage(wrap(type, request)));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function askPage<K extends PageRequestType>(
  tabId: number,
  type: K,
  request: PageRequest<K>,
): Promise<Result<PageAnswer<K>>> {
  try {
    return asResult(await browser.tabs.sendMessage(tabId, wrap(type, request)));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Like askBackground, but throws the error message: for callers that show it themselves. */
export async function callBackground<K extends BackgroundRequestType>(
  type: K,
  request: BackgroundRequest<K>,
): Promise<BackgroundAnswer<K>> {
  const result = await askBackground(type, request);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function serveBackgroundRequests(handlers: BackgroundHandlers): () => void {
  const listener = (message: unknown, sender: Sender) => {
    if (!isEnvelope(message)) return undefined;
    const withSender = Object.fromEntries(
      Object.entries(handlers).map(([type, handle]) => [type, (request: never) => handle(request, sender)]),
    );
    return dispatch(backgroundMessages, withSender, message);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Content scripts answer only the extension itself, never another extension or the page.
 * The answer goes through `sendResponse` (with `true` to keep the channel open): the
 * content script has no polyfill (wxt.config.ts), and Chrome does not take a listener's promise.
 */
export function servePageRequests(handlers: PageHandlers): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    void dispatch(pageMessages, handlers, message).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
