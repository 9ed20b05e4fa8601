import { describe, expect, it } from 'vitest';
import { buildMatcher, loadMatcher, type PackedStrings, type SerializedMatcher } from '@/lib/matcher';
import { alias } from './helpers';

const aliases = [
  alias('Sergey Lavrov', 'lavrov'),
  alias('Lavrov', 'lavrov'),
  alias('IS', 'isis', true),
  alias('Islamic State', 'isis'),
  alias('Erdoğan', 'erdogan'),
  alias('Moscow', 'moscow'),
  alias('Moscow conference', 'conf'),
];
const text = 'Sergey\nLavrov met Erdogan at the Moscow conference; IS is not is. Islamic State, Moscow.';

function corrupt(patch: (d: Record<string, unknown>) => void): unknown {
  const data = structuredClone(buildMatcher(aliases).serialize()) as unknown as Record<string, unknown>;
  patch(data);
  return data;
}

describe('serialize and loadMatcher', () => {
  it('serialize then load gives the same hits', () => {
    const built = buildMatcher(aliases);
    const loaded = loadMatcher(built.serialize());
    expect(loaded.findMentions(text)).toEqual(built.findMentions(text));
    expect(loaded.aliasCount).toBe(built.aliasCount);
  });

  it('survives a structured clone, as IndexedDB and postMessage do', () => {
    const built = buildMatcher(aliases);
    const loaded = loadMatcher(structuredClone(built.serialize()));
    expect(loaded.findMentions(text)).toEqual(built.findMentions(text));
    expect(loaded.findMentions(text).length).toBeGreaterThan(3);
  });

  it('round-trips an empty matcher', () => {
    const loaded = loadMatcher(buildMatcher([]).serialize());
    expect(loaded.aliasCount).toBe(0);
    expect(loaded.findMentions('anything')).toEqual([]);
  });

  it('hands out a copy, so writing into it cannot break the live matcher', () => {
    const built = buildMatcher(aliases);
    const data = built.serialize();
    data.fail.fill(0);
    data.aliasTexts.ends.fill(0);
    expect(built.findMentions('Sergey Lavrov')[0]?.alias).toBe('Sergey Lavrov');
  });

  it('loadMatcher refuses a wrong version, such as a cache an older build wrote', () => {
    expect(() => loadMatcher(corrupt((d) => (d['version'] = 2)) as SerializedMatcher)).toThrow(/version/);
    expect(() => loadMatcher(corrupt((d) => (d['version'] = 4)) as SerializedMatcher)).toThrow(/version/);
  });

  it('loadMatcher refuses something that is not matcher data', () => {
    expect(() => loadMatcher(null as unknown as SerializedMatcher)).toThrow(/invalid matcher data/);
    expect(() => loadMatcher({ version: 3 } as unknown as SerializedMatcher)).toThrow(/childStart/);
  });

  it('loadMatcher refuses arrays of the wrong type or length', () => {
    expect(() =>
      loadMatcher(corrupt((d) => (d['label'] = Array.from(d['label'] as Uint16Array))) as SerializedMatcher),
    ).toThrow(/label/);
    expect(() => loadMatcher(corrupt((d) => (d['fail'] = new Int32Array(1))) as SerializedMatcher)).toThrow(/length/);
  });

  it('loadMatcher refuses a failure link that could loop', () => {
    const bad = corrupt((d) => {
      const fail = d['fail'] as Int32Array;
      fail[fail.length - 1] = fail.length - 1;
    });
    expect(() => loadMatcher(bad as SerializedMatcher)).toThrow(/failure link/);
  });

  it('loadMatcher refuses an entry that ends outside the trie or names an unknown entity', () => {
    expect(() =>
      loadMatcher(corrupt((d) => ((d['entryNode'] as Int32Array)[0] = 999_999)) as SerializedMatcher),
    ).toThrow(/entry 0/);
    expect(() => loadMatcher(corrupt((d) => ((d['entryNode'] as Int32Array)[0] = 0)) as SerializedMatcher)).toThrow(
      /entry 0/,
    );
    expect(() => loadMatcher(corrupt((d) => ((d['entryEntity'] as Int32Array)[0] = -1)) as SerializedMatcher)).toThrow(
      /unknown entity/,
    );
  });

  it('loadMatcher refuses packed strings whose offsets run backwards or past their text', () => {
    const past = corrupt((d) => {
      const texts = d['aliasTexts'] as PackedStrings;
      d['aliasTexts'] = { text: texts.text.slice(1), ends: texts.ends };
    });
    expect(() => loadMatcher(past as SerializedMatcher)).toThrow(/aliasTexts/);
    const backwards = corrupt((d) => ((d['entityIds'] as PackedStrings).ends[0] = 999));
    expect(() => loadMatcher(backwards as SerializedMatcher)).toThrow(/entityIds/);
  });

  it('loadMatcher refuses case keys that no longer fit the trie', () => {
    expect(buildMatcher(aliases).serialize().caseKeys).toBe('IS');
    expect(() => loadMatcher(corrupt((d) => (d['caseKeys'] = 'ISIS')) as SerializedMatcher)).toThrow(/do not fit/);
    expect(() => loadMatcher(corrupt((d) => (d['entryFlags'] as Uint8Array).fill(0)) as SerializedMatcher)).toThrow(
      /do not fit/,
    );
  });

  it('loadMatcher refuses entry flags this build does not know', () => {
    expect(() => loadMatcher(corrupt((d) => ((d['entryFlags'] as Uint8Array)[0] = 8)) as SerializedMatcher)).toThrow(
      /entry 0 has unknown flags/,
    );
  });

  it('keeps the common-word and person flags across a load, so a loaded matcher judges as the built one', () => {
    const built = buildMatcher([
      { text: 'Nice', entityId: 'nice', caseSensitive: true, common: true },
      { text: 'Netanyahu', entityId: 'netanyahu', caseSensitive: false, person: true },
    ]);
    const loaded = loadMatcher(structuredClone(built.serialize()));
    const page = ['Nice is lovely. Bibi Netanyahu came.', 'Hotels in Nice are full.'];
    expect(loaded.findMentionsInBlocks(page)).toEqual(built.findMentionsInBlocks(page));
    expect(
      loaded
        .findMentionsInBlocks(page)
        .flat()
        .map((h) => h.entityId),
    ).toEqual(['nice', 'netanyahu', 'nice']);
    expect(
      loaded
        .findMentionsInBlocks([page[0]!])
        .flat()
        .map((h) => h.entityId),
    ).toEqual(['netanyahu']);
  });
});
