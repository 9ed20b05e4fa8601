import type { AliasEntry, Steps } from '@/lib/matcher';
import { foldText, inSlices, ITEMS_PER_STEP, runSteps } from '@/lib/matcher';
import type { BackstoryDatabase } from './db';
import { listEntitiesWithAliases, type EntityWithAliases } from './read';

/**
 * Stop phrases come first: where a stop phrase and an alias have the same text, the
 * matcher tries entries in order, and the stop must win.
 *
 * A one-word name ("Turkey", "Jordan", "Chad") is often an ordinary word too, so it
 * matches only as written; longer names match in any case ("VLADIMIR PUTIN" in a headline).
 * An alias with the same text as the name states its own case rule and wins. A person's
 * aliases say so: a capitalised word before a surname is a given name or a title, not a
 * longer name of something else.
 */
export async function listMatchableAliases(db: BackstoryDatabase): Promise<AliasEntry[]> {
  return matchableAliases(await listEntitiesWithAliases(db));
}

/** The same, from entities already read (the mention index needs them too). */
export function matchableAliases(all: EntityWithAliases[]): AliasEntry[] {
  return runSteps(matchableAliasesInSteps(all));
}

/**
 * The same in bounded steps (a name is folded to be compared with its aliases: at 100,000
 * entities, over half a second of work), for the mention index to build while it answers.
 */
export function* matchableAliasesInSteps(all: EntityWithAliases[]): Steps<AliasEntry[]> {
  const stops: AliasEntry[] = [];
  const others: AliasEntry[] = [];
  yield* inSlices(
    all.length,
    (from, to) => {
      for (let i = from; i < to; i++) {
        for (const entry of entriesOf(all[i]!)) (entry.stop ? stops : others).push(entry);
      }
    },
    ITEMS_PER_STEP / 4,
  );
  return stops.concat(others);
}

function entriesOf({ entity, aliases }: EntityWithAliases): AliasEntry[] {
  const person = entity.kind === 'person';
  const entries: AliasEntry[] = aliases.map((a) => ({
    text: a.text,
    entityId: entity.id,
    caseSensitive: a.caseSensitive,
    stop: a.stop,
    common: a.common,
    person,
  }));
  const nameFolded = foldText(entity.name.trim());
  if (!aliases.some((a) => !a.stop && foldText(a.text.trim()) === nameFolded)) {
    entries.unshift({ text: entity.name, entityId: entity.id, caseSensitive: !/\s/.test(entity.name.trim()), person });
  }
  return entries;
}
