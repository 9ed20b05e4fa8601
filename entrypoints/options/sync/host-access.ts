import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/sync';

/**
 * Asks the browser for access to the sync server's host, which Backstory does not have
 * until the reader configures sync. Call it in the click's own task, before any await:
 * Chrome wants a user gesture, and Firefox only prompts while it handles the reader's input.
 */
export function requestHostAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}
