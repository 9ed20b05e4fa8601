import { browser } from 'wxt/browser';
import { ICON_OFF, ICON_ON } from './icons';
import type { ToolbarState } from './state';

/** What we use of the button; the MV2 typings declare no promise, though the polyfill returns one. */
interface ToolbarButton {
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/** MV3 (Chrome) calls the toolbar button `action`; the MV2 Firefox build, `browserAction`. */
function toolbarButton(): ToolbarButton {
  return (browser.action as ToolbarButton | undefined) ?? browser.browserAction;
}

/** The button's tooltip, in the browser's language (public/_locales). */
export function toolbarTitle(state: ToolbarState): string {
  if (!state.switchedOff) return browser.i18n.getMessage('extName');
  return state.why === 'paused'
    ? browser.i18n.getMessage('toolbarPaused')
    : browser.i18n.getMessage('toolbarOffForSite', [state.host]);
}

/**
 * Shows the state on the tab's button: the greyed icon and a tooltip that says why while
 * Backstory is switched off there. A tab that closed meanwhile is no error.
 */
export async function showToolbarState(tabId: number, state: ToolbarState): Promise<void> {
  const button = toolbarButton();
  try {
    await Promise.all([
      button.setIcon({ tabId, path: state.switchedOff ? ICON_OFF : ICON_ON }),
      button.setTitle({ tabId, title: toolbarTitle(state) }),
    ]);
  } catch {
    // No tab with that id any more.
  }
}
