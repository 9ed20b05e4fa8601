import { describe, expect, it } from 'vitest';
import { mergeRecord, mergeRecords, packClock, recordClock } from '@/lib/backup';

const note = (updatedAt: number, text: string, deletedAt?: number) => ({
  id: 'n1', entityId: 'e1', text, createdAt: 1, updatedAt, origin: 'reader' as const, ...(deletedAt ? { deletedAt } : {}),
});

describe('merging one record', () => {
  it('adds a record the store does not have', () => {
    expect(mergeRecord(undefined, note(5, 'new'), recordClock)).toEqual({ effect: 'added', write: note(5, 'new') });
  });

  it('takes the incoming record when it is newer', () => {
    expect(mergeRecord(note(5, 'old'), note(6, 'new'), recordClock)).toEqual({ effect: 'updated', write: note(6, 'new') });
  });

  it('keeps the local record when it is newer', () => {
    expect(mergeRecord(note(7, 'mine'), note(6, 'theirs'), recordClock)).toEqual({ effect: 'kept-local' });
  });

  it('keeps the local record on a tie', () => {
    expect(mergeRecord(note(6, 'mine'), note(6, 'theirs'), recordClock)).toEqual({ effect: 'kept-local' });
  });

  it('calls an identical record unchanged and writes nothing', () => {
    expect(mergeRecord(note(6, 'same'), { ...note(6, 'same') }, recordClock)).toEqual({ effect: 'unchanged' });
  });

  it('lets a newer delete from elsewhere delete here', () => {
    expect(mergeRecord(note(5, 'x'), note(6, 'x', 6), recordClock)).toEqual({ effect: 'removed', write: note(6, 'x', 6) });
  });

  it('lets an edit made here after a delete elsewhere survive it', () => {
    expect(mergeRecord(note(8, 'edited'), note(6, 'x', 6), recordClock)).toEqual({ effect: 'kept-local' });
  });

  it('lets a newer edit bring back a record deleted here', () => {
    expect(mergeRecord(note(6, 'x', 6), note(9, 'back'), recordClock)).toEqual({ effect: 'added', write: note(9, 'back') });
  });

  it('stores the tombstone of a record never seen here, without counting it as a change', () => {
    expect(mergeRecord(undefined, note(6, 'x', 6), recordClock)).toEqual({ effect: 'unchanged', write: note(6, 'x', 6) });
  });

  it('treats a removed pack row as a delete with the removal as its clock', () => {
    const loaded: { id: string; name: string; version: number; loadedAt: number; removedAt?: number } = { id: 'mini', name: 'Mini', version: 1, loadedAt: 5 };
    expect(mergeRecord(loaded, { ...loaded, removedAt: 7 }, packClock).effect).toBe('removed');
    expect(mergeRecord({ ...loaded, loadedAt: 9 }, { ...loaded, removedAt: 7 }, packClock).effect).toBe('kept-local');
  });
});

describe('merging many records', () => {
  it('counts each effect and writes only what wins', () => {
    const local = new Map<string, ReturnType<typeof note>>([['n1', note(5, 'a')]]);
    const incoming = [note(6, 'b'), { ...note(1, 'c'), id: 'n2' }];
    const { writes, counts } = mergeRecords<ReturnType<typeof note>>(local, incoming, recordClock);
    expect(writes.map((w) => w.text)).toEqual(['b', 'c']);
    expect(counts).toEqual({ added: 1, updated: 1, removed: 0, 'kept-local': 0, unchanged: 0 });
  });
});
