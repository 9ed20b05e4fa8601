import { browser } from 'wxt/browser';
import type { BackgroundHandlers, LookupRequestType } from '@/lib/messaging';
import type { BackstoryDatabase } from '@/lib/store';
import {
  LookupError,
  OneInFlight,
  WIKIMEDIA_HOST_PATTERNS,
  WikimediaClient,
  findCandidates,
  lookUpItem,
  lookupsEnabled,
  readEndpoints,
  readerLanguages,
  setLookupsEnabled,
  storeCache,
  type LookupStatus,
} from '@/lib/lookup';
import { openLookupWindow } from './capture';
import { addLookedUp, candidatesView, previewOf, qidOfEntity } from './lookup-store';

type LookupHandlers = Pick<BackgroundHandlers, LookupRequestType>;

interface Context {
  language?: string;
  tabId?: number;
}

/**
 * The look-up requests. Nothing reaches Wikimedia unless the reader turned look-ups on here and
 * the browser grants its hosts (the reader may take that back on the extensions page at any time).
 */
export function createLookupHandlers(db: BackstoryDatabase, afterWrite: <T>(value: T) => T): LookupHandlers {
  let client: WikimediaClient | undefined;
  const flight = new OneInFlight();
  const ready = async (): Promise<WikimediaClient> => {
    const status = await lookupStatus();
    if (!status.enabled || !status.granted) {
      throw new LookupError(
        'offline',
        status.enabled
          ? 'Backstory may not reach Wikidata and Wikipedia: allow it again in the editor’s settings.'
          : 'Look-ups are off. Turn on “Look up names on Wikidata and Wikipedia” first.',
      );
    }
    return (client ??= new WikimediaClient({
      endpoints: readEndpoints,
      cache: storeCache(db),
      userAgent: userAgent(),
    }));
  };
  return {
    'lookup/status': () => lookupStatus(),
    'lookup/enable': async ({ enabled }) => {
      if (enabled && !(await hostsGranted())) {
        throw new Error('The browser has not allowed Backstory to reach Wikidata and Wikipedia, so look-ups stay off.');
      }
      if (!enabled) flight.cancel();
      await setLookupsEnabled(enabled);
      return lookupStatus();
    },
    'lookup/search': async ({ name, ...context }) => {
      const wikimedia = await ready();
      const [pageLanguage] = await languagesOf(context);
      return flight.run(async (signal) =>
        candidatesView(db, await findCandidates(wikimedia, name, pageLanguage!, signal)),
      );
    },
    'lookup/preview': async ({ qid, ...context }) => {
      const wikimedia = await ready();
      const languages = await languagesOf(context);
      return flight.run(async (signal) => previewOf(db, await lookUpItem(wikimedia, qid, languages, signal)));
    },
    'lookup/add': async ({ qid, ...context }) => {
      const wikimedia = await ready();
      const languages = await languagesOf(context);
      const item = await flight.run((signal) => lookUpItem(wikimedia, qid, languages, signal));
      return afterWrite(await addLookedUp(db, item));
    },
    'lookup/refresh': async ({ entityId }) => {
      const wikimedia = await ready();
      const qid = await qidOfEntity(db, entityId);
      const languages = await languagesOf({});
      const item = await flight.run((signal) => lookUpItem(wikimedia, qid, languages, signal, { fresh: true }));
      return afterWrite(await addLookedUp(db, item));
    },
    'lookup/cancel': async () => {
      flight.cancel();
      return null;
    },
    // Opening the window sends nothing: it asks to turn look-ups on first when they are off.
    'lookup/open': ({ name }, sender) => openLookupWindow(name, sender.tab?.id),
  };
}

async function hostsGranted(): Promise<boolean> {
  return browser.permissions.contains({ origins: WIKIMEDIA_HOST_PATTERNS }).catch(() => false);
}

async function lookupStatus(): Promise<LookupStatus> {
  const [enabled, granted] = await Promise.all([lookupsEnabled(), hostsGranted()]);
  return { enabled, granted };
}

function userAgent(): string {
  return `Backstory/${browser.runtime.getManifest().version} (browser extension; look-ups a reader asked for)`;
}

/** The page's language (as the sender knows it, or as the browser detects it in the tab), then the reader's. */
async function languagesOf({ language, tabId }: Context): Promise<string[]> {
  const accepted = await browser.i18n.getAcceptLanguages().catch(() => [] as string[]);
  const page =
    language ?? (tabId === undefined ? undefined : await browser.tabs.detectLanguage(tabId).catch(() => undefined));
  return readerLanguages(page, accepted);
}
