import { describe, expect, it } from 'vitest';
import { describePopulation, inSentence, isAcronym, isProseName, slugOf } from '@/scripts/world-pack/text';

describe('the words of generated summaries and ids', () => {
  it('rounds populations the way a summary says them', () => {
    expect(describePopulation(1_974_647)).toBe('about 2 million people');
    expect(describePopulation(4_627_345)).toBe('about 4.6 million people');
    expect(describePopulation(338_620)).toBe('about 340,000 people');
    expect(describePopulation(76_684)).toBe('about 77,000 people');
  });

  it('puts "the" before names that take it in a sentence, and only those', () => {
    expect(['United States', 'Philippines', 'The Gambia', 'Sudan', 'Isle of Man'].map(inSentence)).toEqual([
      'the United States',
      'the Philippines',
      'the Gambia',
      'Sudan',
      'the Isle of Man',
    ]);
  });

  it('makes kebab ids without accents, dots or apostrophes', () => {
    expect(['São Paulo', 'Washington, D.C.', "N'Djamena", 'Xi’an'].map(slugOf)).toEqual([
      'sao-paulo',
      'washington-dc',
      'ndjamena',
      'xian',
    ]);
  });

  it('tells codes and inverted forms from names a reader writes', () => {
    expect(['US', 'U.S.A.', 'UAE'].every(isAcronym)).toBe(true);
    expect(['Sudan', 'Us', 'NATO alliance'].some(isAcronym)).toBe(false);
    expect(['Korea, Republic of', 'Holy See (Vatican City State)'].some(isProseName)).toBe(false);
    expect(isProseName("Côte d'Ivoire")).toBe(true);
  });
});
