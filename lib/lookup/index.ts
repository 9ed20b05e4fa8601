/**
 * Looking a name up on Wikidata and Wikipedia, once the reader has turned look-ups on. The client
 * and the look-up steps run in the background only; pages ask through the typed protocol.
 */
export { WIKIMEDIA_HOST_PATTERNS, LOOKUP_DISCLOSURE } from './hosts';
export { lookupsEnabled, setLookupsEnabled } from './setting';
export {
  readEndpoints,
  loopbackEndpoints,
  WIKIMEDIA_ENDPOINTS,
  TEST_ENDPOINTS_KEY,
  type LookupEndpoints,
} from './endpoints';
export { LookupError, type LookupProblem } from './problems';
export { memoryCache, storeCache, HIT_TTL_MS, MISS_TTL_MS, type LookupCache } from './cache';
export { WikimediaClient, type WikimediaClientOptions } from './wikimedia-client';
export type { SearchHit, WikipediaSummary } from './answers';
export { findCandidates, type LookupCandidate, type LookupCandidates } from './candidates';
export { lookUpItem, type LookedUpItem } from './preview';
export { lookupPack, lookupPackId, relatedItems, type KeyHolder } from './lookup-pack';
export { OneInFlight } from './in-flight';
export { readerLanguages } from './languages';
export type { CandidateView, CandidatesView, HeldBy, LookupAdded, LookupPreview, LookupStatus } from './views';
export { lookupQuery, lookupTargetFromQuery, nameFromSelection, type SelectionTarget } from './lookup-query';
