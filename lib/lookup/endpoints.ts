import { browser } from 'wxt/browser';

/** Where look-ups go. `wikipedia` holds `{lang}`, the language edition asked for. */
export interface LookupEndpoints {
  wikidata: string;
  wikipedia: string;
}

export const WIKIMEDIA_ENDPOINTS: LookupEndpoints = {
  wikidata: 'https://www.wikidata.org',
  wikipedia: 'https://{lang}.wikipedia.org',
};

/**
 * The end-to-end tests point look-ups at a fake Wikimedia server on loopback by writing this key
 * to storage.local from the worker. Only loopback addresses are taken, so the key can never send a
 * reader's look-ups anywhere but Wikimedia.
 */
export const TEST_ENDPOINTS_KEY = 'lookupEndpointsForTests';

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?(\/[\w{}./-]*)?$/;

export function loopbackEndpoints(value: unknown): LookupEndpoints | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { wikidata, wikipedia } = value as Record<string, unknown>;
  if (typeof wikidata !== 'string' || typeof wikipedia !== 'string') return undefined;
  return LOOPBACK.test(wikidata) && LOOPBACK.test(wikipedia) ? { wikidata, wikipedia } : undefined;
}

export async function readEndpoints(): Promise<LookupEndpoints> {
  const stored = await browser.storage.local.get(TEST_ENDPOINTS_KEY);
  return loopbackEndpoints(stored[TEST_ENDPOINTS_KEY]) ?? WIKIMEDIA_ENDPOINTS;
}
