import { buildMatcher, type AliasEntry, type MatchHit } from '@/lib/matcher';

export function alias(text: string, entityId: string, caseSensitive = false): AliasEntry {
  return { text, entityId, caseSensitive };
}

/** The marked stretches of text, which is what a reader sees. */
export function marked(aliases: readonly AliasEntry[], text: string): string[] {
  return buildMatcher(aliases).findMentions(text).map((h) => text.slice(h.start, h.end));
}

export function entitiesIn(hits: readonly MatchHit[]): string[] {
  return hits.map((h) => h.entityId);
}
