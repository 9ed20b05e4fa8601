import { describe, expect, it } from 'vitest';
import { sortByName, tagCounts, visibleEntities } from '@/entrypoints/options/entities/entity-filter';
import type { EntityRecord } from '@/lib/store/records';

const stamp = { createdAt: 1, updatedAt: 1, summary: '' };
const entities: EntityRecord[] = sortByName([
  { id: 'p:putin', kind: 'person', name: 'Vladimir Putin', origin: 'pack', packId: 'p', tags: ['moscow'], ...stamp },
  { id: 'p:russia', kind: 'state', name: 'Russia', origin: 'pack', packId: 'p', ...stamp },
  { id: 'r:karlov', kind: 'person', name: 'andrei Karlov', origin: 'reader', tags: ['ankara', 'moscow'], ...stamp },
]);

describe('the entity list', () => {
  it('is in name order whatever the letter case, when nothing is searched', () => {
    expect(visibleEntities(entities, {}, undefined).map((e) => e.name)).toEqual([
      'andrei Karlov',
      'Russia',
      'Vladimir Putin',
    ]);
  });

  it('keeps only the entities that pass every filter given', () => {
    expect(visibleEntities(entities, { kind: 'person', tag: 'moscow' }, undefined).map((e) => e.id)).toEqual([
      'r:karlov',
      'p:putin',
    ]);
    expect(visibleEntities(entities, { kind: 'person', packId: 'p' }, undefined).map((e) => e.id)).toEqual(['p:putin']);
  });

  it('shows search results best first, filtered, and leaves out ids no longer in the store', () => {
    const ranked = ['p:russia', 'gone', 'p:putin', 'r:karlov'];
    expect(visibleEntities(entities, {}, ranked).map((e) => e.id)).toEqual(['p:russia', 'p:putin', 'r:karlov']);
    expect(visibleEntities(entities, { kind: 'person' }, ranked).map((e) => e.id)).toEqual(['p:putin', 'r:karlov']);
  });

  it('counts each tag once per entity wearing it', () => {
    expect(tagCounts(entities)).toEqual([
      { tag: 'ankara', count: 1 },
      { tag: 'moscow', count: 2 },
    ]);
  });
});
