import { describe, expect, it } from 'vitest';
import { sortMentions } from '@/components/page-mentions/use-page-mentions';

describe('the "On this page" list', () => {
  it('puts the most mentioned first, and ties in name order', () => {
    const sorted = sortMentions([
      { id: 'b', name: 'Syria', kind: 'state', count: 2 },
      { id: 'a', name: 'Bashar al-Assad', kind: 'person', count: 5 },
      { id: 'c', name: 'Russia', kind: 'state', count: 2 },
    ]);
    expect(sorted.map((m) => m.name)).toEqual(['Bashar al-Assad', 'Russia', 'Syria']);
  });
});
