import { describe, expect, it } from 'vitest';
import type { Gold } from '../../eval/gold';
import { entitiesOf } from '../../eval/pack-entities';
import { scorePage, totalsOf } from '../../eval/score';
import { scoreSuggestions } from '../../eval/suggestions';
import type { PageReading } from '../../eval/visible-text';

const TEXT = 'The Washington Post says Georgia voted. Washington-based groups agree.';
const at = (text: string, nth = 1) => {
  let index = -1;
  for (let i = 0; i < nth; i += 1) index = TEXT.indexOf(text, index + 1);
  return { start: index, end: index + text.length };
};
const mark = (kind: string, text: string, nth = 1) => ({ kind, raw: text, ...at(text, nth) });

const entities = entitiesOf([
  { id: 'starter', entities: [{ id: 'washington', kind: 'place', key: 'geonames:4140963' }] },
  {
    id: 'world',
    entities: [
      { id: 'city-washington-us', kind: 'place', key: 'geonames:4140963' },
      { id: 'region-georgia-us', kind: 'place' },
      { id: 'the-washington-post', kind: 'organisation' },
    ],
  },
]);

const gold: Gold = {
  title: 't',
  notes: 'n',
  mustMark: [
    { text: 'The Washington Post', entityId: 'world:the-washington-post', occurrence: 1 },
    { text: 'Georgia', entityId: 'world:region-georgia-us', occurrence: 1 },
  ],
  mustNotMark: [{ text: 'Washington', occurrence: 1, category: 'inside-longer-name', why: 'the newspaper' }],
  ambiguous: [{ text: 'Washington', occurrence: 2, why: 'a compound adjective' }],
};

const read = (...marks: PageReading['marks']): PageReading => ({ text: TEXT, marks });

describe('scoring a page', () => {
  it('counts a false mark under the category of the trap it falls on', () => {
    const score = scorePage('p', gold, read(mark('place', 'Washington')), entities);
    expect(score.fp).toBe(1);
    expect(score.falseMarksByTrap).toEqual({ 'inside-longer-name': 1 });
  });

  it('counts a mark on an ambiguous mention neither as a true nor as a false positive', () => {
    const score = scorePage('p', gold, read(mark('place', 'Washington', 2)), entities);
    expect([score.tp, score.fp, score.ignored]).toEqual([0, 0, 1]);
  });

  it('takes a mark of the wrong kind on a shared name as a false mark', () => {
    const score = scorePage('p', gold, read(mark('state', 'Georgia')), entities);
    expect([score.tp, score.fp, score.fn]).toEqual([0, 1, 2]);
    expect(score.falseMarksByTrap).toEqual({ 'wrong span or kind': 1 });
  });

  it('adds up false marks by category over pages', () => {
    const one = scorePage('a', gold, read(mark('place', 'Washington')), entities);
    const two = scorePage(
      'b',
      gold,
      read(mark('place', 'Washington'), mark('organisation', 'The Washington Post')),
      entities,
    );
    expect(totalsOf([one, two]).falseMarksByTrap).toEqual({ 'inside-longer-name': 2 });
    expect(totalsOf([one, two]).tp).toBe(1);
  });

  it('says once per entity that a gold entity joins a starter entity, and names the starter id', () => {
    const joinedGold: Gold = {
      ...gold,
      mustMark: [{ text: 'Washington', entityId: 'world:city-washington-us', occurrence: 2 }],
    };
    const score = scorePage('p', joinedGold, read(), entities);
    expect(score.goldErrors).toEqual([
      'mustMark "Washington" #2: world:city-washington-us joins starter:washington in the store: name that',
    ]);
  });
});

describe('scoring suggestions', () => {
  it('compares names without regard to case or runs of white space, and counts the rest as other', () => {
    const score = scoreSuggestions(['Omar  al-Bashir', 'skip ad', 'Khartoum Today'], {
      good: ['Omar al-Bashir'],
      bad: ['Skip Ad'],
    });
    expect([score.good, score.bad, score.other]).toEqual([1, 1, 1]);
  });
});
