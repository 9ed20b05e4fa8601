import type { NoteRecord } from '@/lib/store';

/** A saved note in an entity's notes: replaced if it was there, newest first as the store lists them. */
export function withNote(notes: NoteRecord[], note: NoteRecord): NoteRecord[] {
  return [note, ...notes.filter((n) => n.id !== note.id)].sort((a, b) => b.createdAt - a.createdAt);
}

export function withoutNote(notes: NoteRecord[], id: string): NoteRecord[] {
  return notes.filter((n) => n.id !== id);
}
