import { browser, type Browser } from 'wxt/browser';
import { captureQuery, captureRequest, type CaptureMode } from '@/lib/capture';
import { lookupQuery, nameFromSelection } from '@/lib/lookup';
import { askPage, type ArticleInfo } from '@/lib/messaging';

type Tab = Browser.tabs.Tab;

/** Context-menu item ids and keyboard command names (wxt.config.ts), each with its form. */
const MENU_ITEMS: Record<string, { mode: CaptureMode; title: string }> = {
  'backstory-add-entity': { mode: 'entity', title: 'Add “%s” as actor or event…' },
  'backstory-add-fact': { mode: 'fact', title: 'Add as fact about…' },
};
const COMMANDS: Record<string, CaptureMode> = {
  'add-selection-as-entity': 'entity',
  'add-selection-as-fact': 'fact',
};
/** "Look up" a selection on Wikidata; the command has no suggested key (Chrome suggests at most four). */
const LOOKUP_MENU_ITEM = { id: 'backstory-look-up', title: 'Look up “%s” on Wikidata…' };
const LOOKUP_COMMAND = 'look-up-selection';

/** The pages the content script runs on: elsewhere there is no article to cite. */
const DOCUMENT_PATTERNS = ['http://*/*', 'https://*/*', 'file:///*'];

const CAPTURE_WINDOW = { type: 'popup', width: 420, height: 560 } as const;

/**
 * "Add as actor or event" and "Add as fact about…" on a selection, from the context menu
 * or the keyboard. Listeners are added synchronously so that the click or command that
 * wakes the worker reaches them.
 */
export function registerCapture(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const item = MENU_ITEMS[String(info.menuItemId)];
    if (item && tab) void captureSelection(item.mode, tab, info.selectionText);
    if (info.menuItemId === LOOKUP_MENU_ITEM.id && tab) void lookUpSelection(tab, info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const mode = COMMANDS[command];
    if (mode) void activeTab(tab).then((active) => active && captureSelection(mode, active));
    if (command === LOOKUP_COMMAND) void activeTab(tab).then((active) => active && lookUpSelection(active));
  });
  void createMenuItems();
}

/** Menu items outlive a stopped worker in Chrome but not in Firefox; starting afresh suits both. */
async function createMenuItems(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, { title }] of Object.entries({ ...MENU_ITEMS, [LOOKUP_MENU_ITEM.id]: LOOKUP_MENU_ITEM })) {
    browser.contextMenus.create({ id, title, contexts: ['selection'], documentUrlPatterns: DOCUMENT_PATTERNS });
  }
}

async function activeTab(tab: Tab | undefined): Promise<Tab | undefined> {
  if (tab) return tab;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

/**
 * Opens the capture form for the selection in `tab`, in a small window of its own: an
 * extension page, which the news page can neither read nor restyle. A blank selection
 * opens nothing. Resolves to whether a form was opened.
 */
export async function captureSelection(mode: CaptureMode, tab: Tab, menuSelection?: string): Promise<boolean> {
  if (tab.id === undefined) return false;
  const selection = await selectedText(tab.id, menuSelection);
  if (selection.trim() === '') return false;
  const request = captureRequest(mode, selection, await articleOf(tab.id, tab), tab.id);
  const url = `${browser.runtime.getURL('/capture.html')}?${captureQuery(request)}`;
  await browser.windows.create({ url, ...CAPTURE_WINDOW });
  return true;
}

/** Opens the look-up window for the selected name; it turns look-ups on first if they are off. */
export async function lookUpSelection(tab: Tab, menuSelection?: string): Promise<boolean> {
  if (tab.id === undefined) return false;
  return openLookupWindow(await selectedText(tab.id, menuSelection), tab.id);
}

/** The look-up window for `text` as a name, in the capture form's small window; false for a blank one. */
export async function openLookupWindow(text: string, tabId?: number): Promise<boolean> {
  const name = nameFromSelection(text);
  if (!name) return false;
  const url = `${browser.runtime.getURL('/lookup.html')}?${lookupQuery(name, tabId)}`;
  await browser.windows.create({ url, ...CAPTURE_WINDOW });
  return true;
}

/**
 * The page's own selection is whole, where the menu's copy has its whitespace collapsed;
 * the menu's copy still serves where the content script cannot answer (a selection in a
 * frame, a page loaded before the extension was).
 */
async function selectedText(tabId: number, menuSelection: string | undefined): Promise<string> {
  const answer = await askPage(tabId, 'page/selection', {});
  return answer.ok && answer.value.text.trim() !== '' ? answer.value.text : (menuSelection ?? '');
}

async function articleOf(tabId: number, tab: Tab): Promise<ArticleInfo> {
  const answer = await askPage(tabId, 'page/article', {});
  if (answer.ok) return answer.value;
  return { url: tab.url ?? '', title: tab.title ?? '', published: null, publishedFrom: null };
}
