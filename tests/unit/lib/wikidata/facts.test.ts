import { describe, expect, it } from 'vitest';
import { entityOf, fixtureEntity, LABELS, mapped, OPTIONS } from './fixtures';
import { mapWikidataEntity } from '@/lib/wikidata';

const textsOf = (facts: { text: string }[]) => facts.map((fact) => fact.text);

describe('dated facts from Wikidata statements', () => {
  it('gives a person’s positions with their start and end qualifiers', () => {
    const merkel = entityOf('person', 'Q567');
    expect(merkel.facts.find((fact) => fact.text === 'Served as Chancellor of Germany.')).toMatchObject({
      date: '2005-11-22',
      end: '2021-12-08',
    });
    expect(merkel.facts.find((fact) => fact.text === 'Became member of the Bundestag.')).toMatchObject({
      date: '1990',
    });
  });

  it('keeps each date at its precision: a year stays a year, a month a month', () => {
    const merkel = entityOf('person', 'Q567');
    expect(merkel.facts.find((fact) => fact.text === 'Born.')?.date).toBe('1954-07-17');
    expect(merkel.facts.find((fact) => fact.text === 'Served as Federal Minister for Women and Youth.')).toMatchObject({
      date: '1991-01',
      end: '1994-11',
    });
    const protests = entityOf('event', 'Q15140003');
    expect([protests.start, protests.end]).toEqual(['2011-03', '2011']);
  });

  it('gives no date for a decade or a century rather than a wrong year', () => {
    const entity = structuredClone(fixtureEntity('person', 'Q567')) as {
      claims: Record<string, { mainsnak: { datavalue: { value: { time: string; precision: number } } } }[]>;
    };
    entity.claims.P569![0]!.mainsnak.datavalue.value = {
      ...entity.claims.P569![0]!.mainsnak.datavalue.value,
      time: '+1950-00-00T00:00:00Z',
      precision: 8,
    };
    const result = mapWikidataEntity(entity, OPTIONS);
    expect(result.ok && result.entity.facts.some((fact) => fact.text === 'Born.')).toBe(false);
  });

  it('gives a state its head of state, head of government and capital, named by their labels', () => {
    const germany = entityOf('state', 'Q183');
    expect(
      germany.facts.map(({ text, date, end }) => ({ text, date, end })).filter((f) => f.text !== 'Founded.'),
    ).toEqual([
      { text: 'Head of state: Frank-Walter Steinmeier.', date: '2017-03-19', end: undefined },
      { text: 'Head of government: Olaf Scholz.', date: '2021-12-08', end: undefined },
      { text: 'Head of government: Angela Merkel.', date: '2005-11-22', end: '2021-12-08' },
      { text: 'Capital: Berlin.', date: undefined, end: undefined },
    ]);
  });

  it('gives an event its dates and its place', () => {
    const battle = entityOf('event', 'Q4390934');
    expect([battle.start, battle.end, battle.place]).toEqual(['2012-07-19', '2016-12-22', 'Q41183']);
    expect(textsOf(battle.facts)).toEqual(['Began.', 'Ended.', 'Took place in Aleppo.']);
    const karlov = entityOf('event', 'Q27887806');
    expect(karlov.start).toBe('2016-12-19');
    expect(karlov.facts.map(({ text, date }) => [text, date])).toEqual([
      ['Took place.', '2016-12-19'],
      ['Took place in Ankara.', undefined],
    ]);
  });

  it('drops deprecated statements and puts preferred ones first', () => {
    const putin = entityOf('ranks', 'Q7747');
    expect(putin.facts.filter((fact) => fact.text === 'Born.').map((fact) => fact.date)).toEqual(['1952-10-07']);
    const positions = putin.facts.filter((fact) => /President|Prime Minister/.test(fact.text));
    expect(positions.map(({ text, date }) => [text, date])).toEqual([
      ['Became President of Russia.', '2012-05-07'],
      ['Served as Prime Minister of Russia.', '2008-05-08'],
      ['Served as President of Russia.', '2000-05-07'],
    ]);
    expect(putin.facts.filter((fact) => fact.text === 'Member of Our Home – Russia.').map((fact) => fact.date)).toEqual(
      ['1999'],
    );
  });

  it('leaves out a statement of unknown value (a death date Wikidata says exists but does not know)', () => {
    expect(textsOf(entityOf('ranks', 'Q7747').facts)).not.toContain('Died.');
  });

  it('cites the item at the statement on every fact, and the statement’s reference URL where it has one', () => {
    const merkel = entityOf('person', 'Q567');
    expect(merkel.facts.every((fact) => fact.itemUrl.startsWith('https://www.wikidata.org/wiki/Q567#P'))).toBe(true);
    expect(merkel.facts.find((fact) => fact.text === 'Born.')).toMatchObject({
      itemUrl: 'https://www.wikidata.org/wiki/Q567#P569',
      reference: 'https://www.bundeskanzlerin.de/bkin-de/angela-merkel/persoenliches',
    });
    expect(merkel.facts.find((fact) => fact.text.startsWith('Became member'))?.reference).toBeUndefined();
  });

  it('leaves out a fact whose object has no label yet and lists the ids to fetch', () => {
    const labels = new Map(LABELS);
    labels.delete('Q4970706');
    const result = mapped('person', 'Q567', { ...OPTIONS, labels });
    expect(result.ok && result.missingLabels).toEqual(['Q4970706']);
    expect(result.ok && textsOf(result.entity.facts).some((text) => text.includes('Chancellor'))).toBe(false);
    const all = mapped('person', 'Q567');
    expect(all.ok && all.missingLabels).toEqual([]);
  });

  it('skips a malformed statement and keeps the rest of the item', () => {
    const entity = structuredClone(fixtureEntity('person', 'Q567')) as { claims: Record<string, unknown[]> };
    entity.claims.P39!.unshift({
      mainsnak: { snaktype: 'value', datavalue: { type: 'no-such-type', value: 1 } },
      rank: 'normal',
    });
    entity.claims.P39!.unshift({ rank: 'preferred' });
    const result = mapWikidataEntity(entity, OPTIONS);
    expect(result.ok && result.entity.facts.filter((fact) => fact.itemUrl.endsWith('#P39')).length).toBe(3);
  });
});
