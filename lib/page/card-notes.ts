import type { EntityDetail, NoteRecord } from '@/lib/store';

/** A saved note in an entity's details: replaced if it was there, newest first as the store lists them. */
export function withNote(detail: EntityDetail, note: NoteRecord): EntityDetail {
  const notes = [note, ...detail.notes.filter((n) => n.id !== note.id)].sort((a, b) => b.createdAt - a.createdAt);
  return { ...detail, notes };
}

export function withoutNote(detail: EntityDetail, id: string): EntityDetail {
  return { ...detail, notes: detail.notes.filter((n) => n.id !== id) };
}
