import { describe, expect, it } from 'vitest';
import { buildMatcher, loadMatcher, type AliasEntry } from '@/lib/matcher';
import { WORLD } from './world-aliases';

const SYLLABLES = ['ka', 'ro', 'mi', 'sa', 'ten', 'vor', 'li', 'an', 'el', 'du', 'ber', 'go', 'zi', 'ha', 'nu', 'ov'];

/** Deterministic, distinct names: each index spelled in syllables, first and last name. */
function generatedName(i: number): string {
  const word = (n: number): string => {
    let w = '';
    do {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return `${word(i)} ${word(i * 7 + 3)}ski`;
}

describe('at scale', () => {
  it('builds 100,000 aliases and still marks the right ones', () => {
    const aliases: AliasEntry[] = [];
    for (let i = 0; i < 100_000; i++)
      aliases.push({ text: generatedName(i), entityId: `person-${i}`, caseSensitive: false });
    aliases.push({ text: 'Sergey Lavrov', entityId: 'lavrov', caseSensitive: false });
    const matcher = buildMatcher(aliases);
    expect(matcher.aliasCount).toBe(100_001);

    const text = `Yesterday ${generatedName(0)} met ${generatedName(99_999)} and Sergey\nLavrov; ${generatedName(54_321).toUpperCase()} stayed home.`;
    const hits = matcher.findMentions(text);
    expect(hits.map((h) => h.entityId)).toEqual(['person-0', 'person-99999', 'lavrov', 'person-54321']);
    for (const h of hits)
      expect(text.slice(h.start, h.end).replace(/\s+/g, ' ').toLowerCase()).toBe(h.alias.toLowerCase());

    const reloaded = loadMatcher(structuredClone(matcher.serialize()));
    expect(reloaded.findMentions(text)).toEqual(hits);
  });

  it('marks a page the same with a world-sized dictionary around the same names, traps included', () => {
    const page = [
      'The Washington Post reported that officials in Washington met Foreign Minister Lavrov.',
      'Reading is fun. Growth in Latin America slowed, the Syrian Army said, and IS THE NINE NETWORK EDITOR agreed.',
      'Hotels in Nice were full; Turkey closed its border.',
    ];
    const filler: AliasEntry[] = [];
    for (let i = 0; i < 30_000; i++)
      filler.push({ text: generatedName(i), entityId: `person-${i}`, caseSensitive: false, person: true });
    const small = buildMatcher(WORLD).findMentionsInBlocks(page);
    expect(buildMatcher([...filler, ...WORLD]).findMentionsInBlocks(page)).toEqual(small);
    expect(small.flat().map((h) => h.alias)).toEqual(['Washington', 'Lavrov', 'Syrian', 'Nice', 'Turkey']);
  });
});
