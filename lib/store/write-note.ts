import type { BackstoryDatabase } from './db';
import type { NoteDraft } from './drafts';
import { newId } from './ids';
import { getLiveEntity, NotFoundError } from './read';
import { isLive, type NoteRecord } from './records';

export async function saveNote(db: BackstoryDatabase, draft: NoteDraft, now = Date.now()): Promise<NoteRecord> {
  return db.transaction('rw', [db.entities, db.notes], async () => {
    await getLiveEntity(db, draft.entityId);
    if (!draft.id) {
      const note: NoteRecord = {
        id: newId('note'),
        entityId: draft.entityId,
        text: draft.text,
        createdAt: now,
        updatedAt: now,
        origin: 'reader',
      };
      await db.notes.add(note);
      return note;
    }
    const existing = await db.notes.get(draft.id);
    if (!existing || !isLive(existing) || existing.entityId !== draft.entityId) {
      throw new NotFoundError(`No note with id "${draft.id}"`);
    }
    const note = { ...existing, text: draft.text, updatedAt: now };
    await db.notes.put(note);
    return note;
  });
}

export async function deleteNote(db: BackstoryDatabase, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.notes], async () => {
    const existing = await db.notes.get(id);
    if (!existing || !isLive(existing)) throw new NotFoundError(`No note with id "${id}"`);
    await db.notes.put({ ...existing, deletedAt: now, updatedAt: now });
  });
}
