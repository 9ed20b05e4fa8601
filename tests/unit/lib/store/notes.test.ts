import { describe, expect, it } from 'vitest';
import { loadPack } from '@/lib/packs';
import { deleteNote, getEntityDetail, saveNote } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

describe('notes', () => {
  it('are added, edited and deleted, and listed newest first', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack());
    const first = await saveNote(db, { entityId: 'mini:sergey-lavrov', text: 'Check the 2016 interview.' }, 1000);
    await saveNote(db, { entityId: 'mini:sergey-lavrov', text: 'Second thought.' }, 2000);
    await saveNote(
      db,
      { id: first.id, entityId: 'mini:sergey-lavrov', text: 'Check the December 2016 interview.' },
      3000,
    );
    let detail = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(detail.notes.map((n) => n.text)).toEqual(['Second thought.', 'Check the December 2016 interview.']);
    await deleteNote(db, first.id);
    detail = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(detail.notes.map((n) => n.text)).toEqual(['Second thought.']);
  });

  it('cannot be attached to an entity that does not exist', async () => {
    const db = freshDatabase();
    await expect(saveNote(db, { entityId: 'nowhere', text: 'x' })).rejects.toThrow(/No entity/);
    expect(await db.notes.count()).toBe(0);
  });
});
