import { foldText } from '@/lib/matcher';
import type { BackstoryDatabase } from './db';
import { listEntitiesWithAliases, summarize, type EntityWithAliases } from './read';
import type { EntitySummary } from './views';

/** How an entity already in the store answers to a name being entered. */
export interface DuplicateMatch {
  entity: EntitySummary;
  /** 'name' when it is the entity's own name, 'alias' when one of its aliases. */
  via: 'name' | 'alias';
  /** The name or alias as the store writes it ("Tayyip Erdoğan"). */
  text: string;
}

/** At most this many are named: past three, the reader needs the search, not a longer warning. */
export const MAX_DUPLICATES = 3;

/**
 * Two names are the same entry when they fold alike, as the matcher folds them (case,
 * diacritics, quotes, dashes), with runs of spaces read as one, as the matcher reads them:
 * "tayyip  erdogan" is "Tayyip Erdoğan".
 */
export function nameKey(text: string): string {
  return foldText(text).replace(/ +/g, ' ').trim();
}

/**
 * The entities that already answer to `name`, by their name first, then by an alias; the
 * entity being edited (`selfId`) is left out. A stop phrase ("not this" in a card) is not a
 * name the entity answers to, so it is no duplicate.
 */
export function findDuplicates(name: string, store: readonly EntityWithAliases[], selfId?: string): DuplicateMatch[] {
  const key = nameKey(name);
  if (key === '') return [];
  const byName: DuplicateMatch[] = [];
  const byAlias: DuplicateMatch[] = [];
  for (const { entity, aliases } of store) {
    if (entity.id === selfId) continue;
    if (nameKey(entity.name) === key) {
      byName.push({ entity: summarize(entity), via: 'name', text: entity.name });
      continue;
    }
    const alias = aliases.find((a) => !a.stop && nameKey(a.text) === key);
    if (alias) byAlias.push({ entity: summarize(entity), via: 'alias', text: alias.text });
  }
  return [...byName, ...byAlias].slice(0, MAX_DUPLICATES);
}

export async function findDuplicateEntities(
  db: BackstoryDatabase,
  name: string,
  selfId?: string,
): Promise<DuplicateMatch[]> {
  if (nameKey(name) === '') return [];
  return findDuplicates(name, await listEntitiesWithAliases(db), selfId);
}
