import type { BackstoryDatabase } from './db';
import { foldText } from '@/lib/matcher';
import { newId } from './ids';
import { getLiveEntity } from './read';
import { isLive, type AliasRecord } from './records';

/**
 * "Not this?" on a card: the reader says a mark is wrong. The phrase around it (the mark with
 * its neighbouring words, "The Washington Post") becomes a stop phrase of that entity, so the
 * matcher's longest-match rule keeps the shorter name unmarked there, on every tab, and the
 * editor lists it among the entity's aliases, where deleting it undoes the choice.
 * Saying it twice about the same phrase writes nothing new.
 */
export async function addStopPhrase(
  db: BackstoryDatabase,
  entityId: string,
  phrase: string,
  now = Date.now(),
): Promise<AliasRecord> {
  const text = phrase.trim().replace(/\s+/g, ' ');
  return db.transaction('rw', [db.entities, db.aliases], async () => {
    await getLiveEntity(db, entityId);
    const folded = foldText(text);
    const known = (await db.aliases.where('entityId').equals(entityId).toArray()).find(
      (alias) => isLive(alias) && alias.stop && foldText(alias.text) === folded,
    );
    if (known) return known;
    const alias: AliasRecord = {
      id: newId('alias'),
      entityId,
      text,
      caseSensitive: false,
      stop: true,
      createdAt: now,
      updatedAt: now,
      origin: 'reader',
    };
    await db.aliases.add(alias);
    return alias;
  });
}
