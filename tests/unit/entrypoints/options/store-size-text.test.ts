import { describe, expect, it } from 'vitest';
import { countsText, sizeText } from '@/entrypoints/options/store-size-text';

describe('the editor’s words for the store’s size', () => {
  it('names every kind of record in the store’s counts', () => {
    expect(countsText({ entities: 94, aliases: 1, facts: 0, relations: 2, notes: 3, packs: 1 })).toBe(
      '94 entities, 1 alias, 0 facts, 2 relations, 3 notes, 1 pack',
    );
  });

  it('gives sizes in the unit a reader thinks in', () => {
    expect(sizeText(512)).toBe('512 bytes');
    expect(sizeText(820 * 1024)).toBe('820 KB');
    expect(sizeText(12.4 * 1024 * 1024)).toBe('12.4 MB');
  });
});
