import { describe, expect, it } from 'vitest';
import { entityOf, fixtureEntity, OPTIONS } from './fixtures';
import { mapWikidataEntity, type WikidataAlias } from '@/lib/wikidata';

const aliasOf = (aliases: WikidataAlias[], text: string) => aliases.find((alias) => alias.text === text);

describe('the names a Wikidata entity is marked by', () => {
  it('takes labels and aliases in the reader’s languages only, the first label as the name', () => {
    const putin = entityOf('ranks', 'Q7747');
    expect(putin.name).toBe('Vladimir Putin');
    expect(putin.aliases.map((alias) => alias.text)).toEqual([
      'Vladimir Putin',
      'Vladimir Poutine',
      'Putin',
      'Vladimir Vladimirovich Putin',
      'VVP',
      'Poutine',
    ]);
    const french = mapWikidataEntity(fixtureEntity('ranks', 'Q7747'), { ...OPTIONS, languages: ['fr'] });
    expect(french.ok && french.entity.name).toBe('Vladimir Poutine');
    expect(french.ok && french.entity.summary).toBe("Homme d'État russe");
  });

  it('makes acronyms, two-letter ones too, match only in capitals', () => {
    const un = entityOf('organisation', 'Q1065');
    expect(aliasOf(un.aliases, 'UN')).toMatchObject({ caseSensitive: true });
    expect(aliasOf(un.aliases, 'ONU')).toMatchObject({ caseSensitive: true, lang: 'fr' });
    expect(aliasOf(entityOf('armed-groups', 'Q2429253').aliases, 'IS')).toMatchObject({ caseSensitive: true });
    expect(aliasOf(un.aliases, 'United Nations')?.caseSensitive).toBeUndefined();
  });

  it('makes a name that is also an ordinary word case-sensitive and common', () => {
    expect(aliasOf(entityOf('city', 'Q33959').aliases, 'Nice')).toMatchObject({ caseSensitive: true, common: true });
  });

  it('leaves out inverted forms and lower-case ordinary words no article uses as the name', () => {
    const texts = entityOf('person', 'Q567').aliases.map((alias) => alias.text);
    expect(texts).not.toContain('Merkel, Angela');
    expect(texts).not.toContain('the chancellor');
    expect(entityOf('city', 'Q64').aliases.map((alias) => alias.text)).not.toContain('Berlin, Germany');
  });

  it('gives a name written alike in several languages no language, and one language its own', () => {
    const merkel = entityOf('person', 'Q567');
    expect(aliasOf(merkel.aliases, 'Angela Merkel')?.lang).toBeUndefined();
    expect(aliasOf(entityOf('state', 'Q183').aliases, 'Allemagne')?.lang).toBe('fr');
  });

  it('names an item from Wikidata’s every-language label when the reader’s languages have none', () => {
    const entity = { ...fixtureEntity('person', 'Q567'), labels: { mul: { language: 'mul', value: 'Angela Merkel' } } };
    const result = mapWikidataEntity(entity, { ...OPTIONS, languages: ['es'] });
    expect(result.ok && [result.entity.name, result.entity.aliases[0]]).toEqual([
      'Angela Merkel',
      { text: 'Angela Merkel' },
    ]);
  });

  it('writes the summary from the description, with a capital', () => {
    expect(entityOf('state', 'Q183').summary).toBe('Country in Central Europe');
  });
});
