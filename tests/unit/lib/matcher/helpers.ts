import { buildMatcher, stringAt, type AliasEntry, type MatchHit, type SerializedMatcher } from '@/lib/matcher';
import { foldTablesFor } from '@/lib/matcher/fold';
import { scanModelOf } from '@/lib/matcher/matcher';
import { scanText } from '@/lib/matcher/scan';

export function alias(text: string, entityId: string, caseSensitive = false): AliasEntry {
  return { text, entityId, caseSensitive };
}

/** The marked stretches of text, which is what a reader sees. */
export function marked(aliases: readonly AliasEntry[], text: string): string[] {
  return buildMatcher(aliases)
    .findMentions(text)
    .map((h) => text.slice(h.start, h.end));
}

export function entitiesIn(hits: readonly MatchHit[]): string[] {
  return hits.map((h) => h.entityId);
}

/**
 * The scanner's leftmost-longest hits before the context rules judge them, stop phrases
 * left out: what the naive reference implementation models.
 */
export function scannedMentions(data: SerializedMatcher, text: string): MatchHit[] {
  const picks = scanText(scanModelOf(data).model, text, foldTablesFor(text));
  const hits: MatchHit[] = [];
  for (let i = 0; i < picks.length; i++) {
    const entry = picks.entries[i]!;
    const entityId = stringAt(data.entityIds, data.entryEntity[entry]!);
    if (entityId !== '')
      hits.push({ start: picks.starts[i]!, end: picks.ends[i]!, entityId, alias: stringAt(data.aliasTexts, entry) });
  }
  return hits;
}
