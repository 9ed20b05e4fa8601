import { describe, expect, it } from 'vitest';
import { EntityIndex, searchDocuments } from '@/lib/full-text-search';
import type { NoteRecord } from '@/lib/store/records';
import { generatedStore } from './generated-store';

const SOLEIMANI = 'starter:qasem-soleimani';
const stamp = { createdAt: 1, updatedAt: 1, origin: 'reader' as const };

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  return value;
}

describe('full-text search over a store of 10,000 entities', () => {
  const store = generatedStore(10_000);
  const index = new EntityIndex();
  timed(`indexing ${store.entities.length} entities`, () => index.update(searchDocuments(store)));

  it.each([
    ['his name', 'soleimani'],
    ['the first letters typed so far', 'solei'],
    ['a misspelling', 'suleimany'],
    ['two words of his name in either order', 'soleimani qasem'],
    ['words found only in his summary', 'drone strike baghdad'],
  ])('finds Qasem Soleimani first by %s ("%s")', (_, query) => {
    const ids = timed(`searching "${query}"`, () => index.search(query));
    expect(ids[0]).toBe(SOLEIMANI);
  });

  it('folds diacritics as the matcher does, so "erdogan" finds Recep Tayyip Erdoğan', () => {
    expect(index.search('erdogan')[0]).toBe('starter:recep-tayyip-erdogan');
  });

  it('needs every typed word to match, so a second word narrows the results', () => {
    const homs = index.search('homs');
    const homsMedics = index.search('homs medic');
    expect(homsMedics.length).toBeGreaterThan(0);
    expect(homsMedics.length).toBeLessThan(homs.length);
  });

  it('finds nothing for an empty query', () => {
    expect(index.search('  ')).toEqual([]);
  });
});

describe('keeping the index in step with the store', () => {
  const note = (id: string, entityId: string, text: string): NoteRecord => ({ id, entityId, text, ...stamp });

  it('re-indexes only the entities whose texts changed', () => {
    const store = generatedStore(100);
    const index = new EntityIndex();
    index.update(searchDocuments(store));
    const notes = [note('n1', 'gen-7', 'Runs a teashop by the citadel.')];
    expect(index.update(searchDocuments({ ...store, notes }))).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(index.search('teashop')[0]).toBe('gen-7');
  });

  it('finds a deleted entity no more, and a deleted note’s words no more', () => {
    const store = generatedStore(10);
    const index = new EntityIndex();
    index.update(searchDocuments({ ...store, notes: [note('n1', 'gen-3', 'Interviewed by phone in 2017.')] }));
    expect(index.search('interviewed')[0]).toBe('gen-3');
    const entities = store.entities.map((e) => (e.id === 'starter:qasem-soleimani' ? { ...e, deletedAt: 2 } : e));
    const deletedNote = { ...note('n1', 'gen-3', 'Interviewed by phone in 2017.'), deletedAt: 2 };
    expect(index.update(searchDocuments({ ...store, entities, notes: [deletedNote] }))).toEqual({
      added: 0,
      changed: 1,
      removed: 1,
    });
    expect(index.search('interviewed')).not.toContain('gen-3');
    expect(index.search('soleimani')).not.toContain(SOLEIMANI);
  });

  it('does not find an entity by its stop phrases, which are what it is not called', () => {
    const store = generatedStore(0);
    const aliases = [
      ...store.aliases,
      { id: 's1', entityId: 'starter:turkey', text: 'turkey dinner', caseSensitive: false, stop: true, ...stamp },
    ];
    const index = new EntityIndex();
    index.update(searchDocuments({ ...store, aliases }));
    expect(index.search('dinner')).toEqual([]);
  });
});
