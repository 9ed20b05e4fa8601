import type { BackstoryDatabase } from './db';
import type { FactDraft } from './drafts';
import { newId } from './ids';
import { getLiveEntity } from './read';
import type { FactRecord } from './records';

/** Files one fact on an entity, e.g. a sentence the reader selected on a page. */
export async function addFact(
  db: BackstoryDatabase,
  entityId: string,
  draft: FactDraft,
  now = Date.now(),
): Promise<FactRecord> {
  return db.transaction('rw', [db.entities, db.facts], async () => {
    await getLiveEntity(db, entityId);
    const fact: FactRecord = {
      id: newId('fact'),
      entityId,
      text: draft.text,
      date: draft.date,
      end: draft.end,
      sourceUrl: draft.sourceUrl,
      sourceTitle: draft.sourceTitle,
      createdAt: now,
      updatedAt: now,
      origin: 'reader',
    };
    await db.facts.add(fact);
    return fact;
  });
}
