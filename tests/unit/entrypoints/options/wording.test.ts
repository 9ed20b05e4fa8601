import { describe, expect, it } from 'vitest';
import { hostFromInput } from '@/entrypoints/options/settings/settings-state';
import { countsText, plural, sizeText } from '@/entrypoints/options/wording';

describe('the editor’s wording', () => {
  it('agrees the noun with its count', () => {
    expect(plural(1, 'entity', 'entities')).toBe('1 entity');
    expect(plural(10_094, 'entity', 'entities')).toBe('10,094 entities');
  });

  it('names every kind of record in the store’s counts', () => {
    expect(countsText({ entities: 94, aliases: 1, facts: 0, relations: 2, notes: 3, packs: 1 }))
      .toBe('94 entities, 1 alias, 0 facts, 2 relations, 3 notes, 1 pack');
  });

  it('gives sizes in the unit a reader thinks in', () => {
    expect(sizeText(512)).toBe('512 bytes');
    expect(sizeText(820 * 1024)).toBe('820 KB');
    expect(sizeText(12.4 * 1024 * 1024)).toBe('12.4 MB');
  });
});

describe('a site typed into the site rules', () => {
  it('is the host name of a pasted address, without its port, since marking is decided by host name', () => {
    expect(hostFromInput(' https://www.example.com:8443/news/1?x ')).toBe('www.example.com');
    expect(hostFromInput('example.com')).toBe('example.com');
    expect(hostFromInput('http://')).toBe('http://');
  });
});
