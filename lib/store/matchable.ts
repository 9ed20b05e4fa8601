import type { AliasEntry } from '@/lib/matcher';
import { foldText } from '@/lib/matcher';
import type { BackstoryDatabase } from './db';
import { listEntitiesWithAliases } from './read';

/**
 * A one-word name ("Turkey", "Jordan", "Chad") is often an ordinary word too, so it
 * matches only as written; longer names match in any case ("VLADIMIR PUTIN" in a headline).
 * An alias with the same text as the name states its own case rule and wins.
 */
export async function listMatchableAliases(db: BackstoryDatabase): Promise<AliasEntry[]> {
  const all = await listEntitiesWithAliases(db);
  return all.flatMap(({ entity, aliases }) => {
    const entries: AliasEntry[] = aliases.map((a) => ({ text: a.text, entityId: entity.id, caseSensitive: a.caseSensitive }));
    const nameFolded = foldText(entity.name.trim());
    if (!aliases.some((a) => foldText(a.text.trim()) === nameFolded)) {
      entries.unshift({ text: entity.name, entityId: entity.id, caseSensitive: !/\s/.test(entity.name.trim()) });
    }
    return entries;
  });
}
