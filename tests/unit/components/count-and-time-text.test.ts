import { describe, expect, it } from 'vitest';
import { plural } from '@/components/count-and-time-text';

describe('counts in words', () => {
  it('agrees the noun with its count', () => {
    expect(plural(1, 'entity', 'entities')).toBe('1 entity');
    expect(plural(10_094, 'entity', 'entities')).toBe('10,094 entities');
  });
});
