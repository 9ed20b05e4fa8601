import { describe, expect, it } from 'vitest';
import { buildMatcher, loadMatcher } from '@/lib/matcher';
import { alias, entitiesIn, marked } from './helpers';

describe('spelling', () => {
  it('marks Soleimani when the text spells it Suleimani, if both aliases are given', () => {
    const aliases = [alias('Qasem Soleimani', 'soleimani'), alias('Suleimani', 'soleimani')];
    const hits = buildMatcher(aliases).findMentions('General Suleimani was killed.');
    expect(hits).toEqual([{ start: 8, end: 17, entityId: 'soleimani', alias: 'Suleimani' }]);
  });

  it('does not invent spellings: Suleimani stays unmarked when only Soleimani is given', () => {
    expect(marked([alias('Soleimani', 'soleimani')], 'General Suleimani')).toEqual([]);
  });

  it('Erdoğan matches alias Erdogan', () => {
    expect(marked([alias('Erdogan', 'erdogan')], 'President Erdoğan said')).toEqual(['Erdoğan']);
  });

  it('Erdogan in the text matches alias Erdoğan', () => {
    expect(marked([alias('Erdoğan', 'erdogan')], 'President Erdogan said')).toEqual(['Erdogan']);
  });

  it('marks Çavuşoğlu written without diacritics and in capitals', () => {
    expect(marked([alias('Mevlüt Çavuşoğlu', 'cavusoglu')], 'MEVLUT CAVUSOGLU arrived')).toEqual(['MEVLUT CAVUSOGLU']);
  });

  it('marks a name whose accents arrive as separate combining marks', () => {
    const text = 'Erdog\u0306an spoke';
    const hits = buildMatcher([alias('Erdoğan', 'erdogan')]).findMentions(text);
    expect(hits.map((h) => [h.start, h.end])).toEqual([[0, 8]]);
  });

  it('marks Kılıçdaroğlu when written Kilicdaroglu', () => {
    expect(marked([alias('Kılıçdaroğlu', 'kk')], 'Kilicdaroglu lost')).toEqual(['Kilicdaroglu']);
  });

  it('marks Al-Assad written with a non-breaking hyphen or an en dash', () => {
    expect(marked([alias('al-Assad', 'assad')], 'Bashar al\u2011Assad and al–Assad')).toEqual([
      'al\u2011Assad',
      'al–Assad',
    ]);
  });
});

describe('word boundaries', () => {
  it('does not mark Iran inside Tirana', () => {
    expect(marked([alias('Iran', 'iran')], 'A summit in Tirana')).toEqual([]);
  });

  it('does not mark Iran inside Iranian', () => {
    expect(marked([alias('Iran', 'iran')], 'the Iranian side')).toEqual([]);
  });

  it('marks Iranian when Iranian is an alias of its own', () => {
    const hits = buildMatcher([alias('Iran', 'iran'), alias('Iranian', 'iran-people')]).findMentions(
      'the Iranian side',
    );
    expect(entitiesIn(hits)).toEqual(['iran-people']);
  });

  it('marks Iran in Iran’s', () => {
    expect(marked([alias('Iran', 'iran')], 'Iran’s nuclear programme')).toEqual(['Iran']);
  });

  it("marks Iran in Iran's with a typewriter apostrophe", () => {
    expect(marked([alias('Iran', 'iran')], "Iran's nuclear programme")).toEqual(['Iran']);
  });

  it('marks a name next to punctuation, brackets and digits-free neighbours', () => {
    expect(marked([alias('Iran', 'iran')], '(Iran), "Iran"; Iran.')).toEqual(['Iran', 'Iran', 'Iran']);
  });

  it('does not mark a name glued to a digit', () => {
    expect(marked([alias('G7', 'g7')], 'the G7 and G77')).toEqual(['G7']);
  });

  it('treats an emoji next to a name as a boundary but an astral letter as part of the word', () => {
    expect(marked([alias('Iran', 'iran')], 'Iran😀 and Iran𝐀')).toEqual(['Iran']);
  });

  it('reports offsets after a surrogate pair correctly', () => {
    const hits = buildMatcher([alias('Iran', 'iran')]).findMentions('😀 Iran');
    expect(hits.map((h) => [h.start, h.end])).toEqual([[3, 7]]);
  });
});

describe('whitespace', () => {
  it('marks Lavrov across a line break in Sergey\\nLavrov', () => {
    const text = 'said Sergey\nLavrov on Monday';
    const hits = buildMatcher([alias('Sergey Lavrov', 'lavrov')]).findMentions(text);
    expect(hits).toEqual([{ start: 5, end: 18, entityId: 'lavrov', alias: 'Sergey Lavrov' }]);
  });

  it('marks Vladimir Putin across a run of spaces, tabs and newlines, with offsets into the original text', () => {
    const text = 'Vladimir \n  Putin';
    const hits = buildMatcher([alias('Vladimir Putin', 'putin')]).findMentions(text);
    expect(hits.map((h) => [h.start, h.end])).toEqual([[0, text.length]]);
  });

  it('marks a name split by a no-break or thin space', () => {
    expect(
      marked([alias('Vladimir Putin', 'putin')], 'Vladimir\u00a0Putin, Vladimir\u202fPutin, Vladimir\u2009Putin'),
    ).toHaveLength(3);
  });

  it('folds whitespace inside an alias the same way', () => {
    expect(marked([alias('  Vladimir \t Putin ', 'putin')], 'Vladimir Putin')).toEqual(['Vladimir Putin']);
  });

  it('ignores empty and whitespace-only aliases', () => {
    const matcher = buildMatcher([alias('', 'a'), alias(' \n\u00a0', 'b'), alias('Iran', 'iran')]);
    expect(matcher.aliasCount).toBe(1);
    expect(entitiesIn(matcher.findMentions('  Iran  '))).toEqual(['iran']);
  });

  it('finds nothing in empty text', () => {
    expect(buildMatcher([alias('Iran', 'iran')]).findMentions('')).toEqual([]);
  });
});

describe('letter case', () => {
  it('marks IS but not is', () => {
    expect(marked([alias('IS', 'islamic-state', true)], 'IS claimed it, but is it? Is it?')).toEqual(['IS']);
  });

  it('marks Turkey but not a turkey dinner', () => {
    expect(marked([alias('Turkey', 'turkey', true)], 'Turkey served a turkey dinner')).toEqual(['Turkey']);
  });

  it('still folds diacritics for case-sensitive aliases', () => {
    expect(marked([alias('Türkiye', 'turkey', true)], 'Turkiye and TURKIYE and türkiye')).toEqual(['Turkiye']);
  });

  it('marks case-insensitive aliases in any case, as in VLADIMIR PUTIN headlines', () => {
    expect(marked([alias('Vladimir Putin', 'putin')], 'VLADIMIR PUTIN and vladimir putin')).toHaveLength(2);
  });

  it('tries aliases sharing a folded text in the order given, each under its own case rule', () => {
    const matcher = buildMatcher([alias('US', 'united-states', true), alias('us', 'pronoun')]);
    expect(entitiesIn(matcher.findMentions('the US told us'))).toEqual(['united-states', 'pronoun']);
  });

  it('lets the first of two aliases with the same text and case rule win', () => {
    const matcher = buildMatcher([alias('Jordan', 'country'), alias('JORDAN', 'river')]);
    expect(matcher.findMentions('Jordan').map((h) => [h.entityId, h.alias])).toEqual([['country', 'Jordan']]);
  });
});

describe('overlaps', () => {
  it('prefers Moscow conference over Moscow', () => {
    const aliases = [alias('Moscow', 'moscow'), alias('Moscow conference', 'conf')];
    const hits = buildMatcher(aliases).findMentions('at the Moscow conference today');
    expect(entitiesIn(hits)).toEqual(['conf']);
  });

  it('falls back to Moscow when the longer alias would end inside a word', () => {
    const aliases = [alias('Moscow', 'moscow'), alias('Moscow conference', 'conf')];
    expect(marked(aliases, 'Moscow conferences')).toEqual(['Moscow']);
  });

  it('prefers the hit that starts first over a longer one starting inside it', () => {
    const aliases = [alias('Islamic State', 'isis'), alias('State Department', 'dos')];
    expect(marked(aliases, 'Islamic State Department')).toEqual(['Islamic State']);
  });

  it('returns hits sorted by start and never overlapping', () => {
    const aliases = [
      alias('Iran', 'iran'),
      alias('Iraq', 'iraq'),
      alias('Iran Iraq war', 'war'),
      alias('Iraq war', 'w2'),
    ];
    const hits = buildMatcher(aliases).findMentions('Iraq, Iran Iraq war, Iraq war, Iran');
    expect(entitiesIn(hits)).toEqual(['iraq', 'war', 'w2', 'iran']);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
  });
});

describe('stop phrases', () => {
  it('keeps an ambiguous alias unmarked inside a stop phrase, and marks it elsewhere', () => {
    const matcher = buildMatcher([
      { text: 'Jordan River', entityId: '', caseSensitive: false, stop: true },
      { text: 'Jordan', entityId: 'jordan', caseSensitive: true },
    ]);
    const text = 'Troops crossed the Jordan River; Jordan protested.';
    expect(matcher.findMentions(text).map((h) => text.slice(h.start, h.end))).toEqual(['Jordan']);
    expect(matcher.findMentions(text)[0]?.start).toBe(text.indexOf('Jordan protested'));
  });

  it('a stop phrase that starts earlier hides the alias inside it', () => {
    const matcher = buildMatcher([
      { text: 'Michael Jordan', entityId: 'x', caseSensitive: false, stop: true },
      { text: 'Jordan', entityId: 'jordan', caseSensitive: false },
    ]);
    expect(matcher.findMentions('Michael Jordan scored.')).toEqual([]);
  });

  it('survives serialization', () => {
    const matcher = buildMatcher([
      { text: 'turkey dinner', entityId: 'turkey', caseSensitive: false, stop: true },
      { text: 'turkey', entityId: 'turkey', caseSensitive: false },
    ]);
    const loaded = loadMatcher(structuredClone(matcher.serialize()));
    expect(loaded.findMentions('a turkey dinner in Turkey').map((h) => h.start)).toEqual([19]);
  });
});
