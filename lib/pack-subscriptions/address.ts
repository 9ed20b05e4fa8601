import { browser } from 'wxt/browser';
import { SubscriptionError } from './problems';

/**
 * The end-to-end tests serve packs from a Node server on loopback, over plain http, by writing this
 * key to storage.local from the worker (as look-ups take a loopback base address, lib/lookup). It
 * lets through http only to this very machine, so it can never fetch a reader's pack in the clear.
 */
export const TEST_LOOPBACK_KEY = 'packSubscriptionsLoopbackForTests';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function loopbackAllowedForTests(): Promise<boolean> {
  const stored = await browser.storage.local.get(TEST_LOOPBACK_KEY);
  return stored[TEST_LOOPBACK_KEY] === true;
}

/**
 * The address a subscription follows. https only: a pack fetched in the clear could be rewritten
 * on the way by anyone on the reader's network, every day, without them seeing it.
 */
export function subscriptionAddress(input: string, { loopbackForTests = false } = {}): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SubscriptionError('That is not a web address: give the pack’s whole address, starting with https://');
  }
  if (url.username || url.password) {
    throw new SubscriptionError('An address with a user name or password in it is not taken: the pack must be public');
  }
  const loopback = loopbackForTests && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopback) {
    throw new SubscriptionError(`Backstory follows packs over https:// only; “${url.protocol}” addresses are refused`);
  }
  url.hash = '';
  return url.href;
}

/** The browser permission a subscription needs: its host, every port and path, its one scheme. */
export function hostPattern(address: string): string {
  const { protocol, hostname } = new URL(address);
  return `${protocol}//${hostname}/*`;
}

export const hostOf = (address: string): string => new URL(address).host;

/**
 * The host the editor asks access for on the click, before the background has looked at the
 * address: none for an address the background will refuse anyway, so the reader is not asked to
 * grant a host for nothing. (Plain http passes here only to loopback, where the tests serve.)
 */
export function accessPatternFor(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
    return url.protocol === 'https:' || loopback ? hostPattern(url.href) : undefined;
  } catch {
    return undefined;
  }
}
