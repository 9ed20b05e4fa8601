import { browser } from 'wxt/browser';
import { originPattern } from './config';

/** Host access is asked for at configuration time; a reader may take it back in the browser's settings. */
export function hasOriginPermission(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] });
}
