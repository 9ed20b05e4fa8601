import { describe, expect, it } from 'vitest';
import { bulkScope, namesText } from '@/entrypoints/options/entities/bulk-scope';
import type { EntityRecord } from '@/lib/store/records';

const entity = (id: string, name: string): EntityRecord => ({
  id,
  name,
  kind: 'person',
  summary: '',
  origin: 'reader',
  createdAt: 1,
  updatedAt: 1,
});
const lavrov = entity('lavrov', 'Sergey Lavrov');
const karlov = entity('karlov', 'Andrei Karlov');
const soleimani = entity('soleimani', 'Qasem Soleimani');
const byId = new Map([lavrov, karlov, soleimani].map((e) => [e.id, e]));

describe('what a bulk action acts on', () => {
  it('is the ticked entities the list shows; ticked ones the search hides are set apart', () => {
    const scope = bulkScope(new Set(['lavrov', 'karlov', 'soleimani']), [soleimani], byId);
    expect(scope.inList.map((e) => e.id)).toEqual(['soleimani']);
    expect(scope.hidden.map((e) => e.id).sort()).toEqual(['karlov', 'lavrov']);
  });

  it('follows the list order and leaves out ids no longer in the store', () => {
    const scope = bulkScope(new Set(['gone', 'lavrov', 'karlov']), [karlov, lavrov, soleimani], byId);
    expect(scope.inList.map((e) => e.id)).toEqual(['karlov', 'lavrov']);
    expect(scope.hidden).toEqual([]);
  });
});

describe('the names a bulk delete asks about', () => {
  it('reads one, two, and a few names as a sentence would', () => {
    expect(namesText(['Sergey Lavrov'])).toBe('“Sergey Lavrov”');
    expect(namesText(['Andrei Karlov', 'Sergey Lavrov'])).toBe('“Andrei Karlov” and “Sergey Lavrov”');
    expect(namesText(['A', 'B', 'C'])).toBe('“A”, “B” and “C”');
  });

  it('names the first few of many and counts the rest', () => {
    const names = Array.from({ length: 1205 }, (_, i) => `Name ${i + 1}`);
    expect(namesText(names)).toBe('“Name 1”, “Name 2”, “Name 3”, “Name 4”, “Name 5” and 1,200 more');
  });
});
