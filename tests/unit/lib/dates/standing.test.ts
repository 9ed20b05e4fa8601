import { describe, expect, it } from 'vitest';
import { orderAt, standingAt } from '@/lib/dates';

const ARTICLE = '2017-01-04';

describe('how a dated fact stood on the article’s date', () => {
  it('a presidency running 2013–2021 held in 2017 and has changed since', () => {
    expect(standingAt({ start: '2013-08-03', end: '2021-08-03' }, ARTICLE)).toBe('changed-since');
  });

  it('a role with no end that began before the article still holds', () => {
    expect(standingAt({ start: '2004-03-09' }, ARTICLE)).toBe('then');
  });

  it('a role that ended before the article is earlier', () => {
    expect(standingAt({ start: '1994', end: '2004' }, ARTICLE)).toBe('earlier');
    expect(standingAt({ start: '2013-07', end: '2016-12-19' }, ARTICLE)).toBe('earlier');
  });

  it('something that began after the article is later', () => {
    expect(standingAt({ start: '2017-05-19' }, ARTICLE)).toBe('later');
    expect(standingAt({ start: '2018' }, ARTICLE)).toBe('later');
  });

  it('a fact known only to the year counts as holding on any day of that year', () => {
    expect(standingAt({ start: '2016' }, '2016-12-22')).toBe('then');
    expect(standingAt({ start: '2017' }, ARTICLE)).toBe('then');
    expect(standingAt({ end: '2016' }, '2016-12-22')).toBe('changed-since');
  });

  it('a fact known only to the month is compared by month', () => {
    expect(standingAt({ start: '2016-12' }, '2016-12-22')).toBe('then');
    expect(standingAt({ start: '2016-12', end: '2016-12' }, ARTICLE)).toBe('earlier');
    expect(standingAt({ start: '2017-02' }, ARTICLE)).toBe('later');
  });

  it('a role that ends on the article’s own day held then and changed that day', () => {
    expect(standingAt({ start: '2012-07-19', end: '2016-12-22' }, '2016-12-22')).toBe('changed-since');
  });

  it('an end with no start is read from the end alone', () => {
    expect(standingAt({ end: '2016-12-19' }, ARTICLE)).toBe('earlier');
    expect(standingAt({ end: '2019' }, ARTICLE)).toBe('changed-since');
  });

  it('a fact with no date, or with a date that is not a date, is undated', () => {
    expect(standingAt({}, ARTICLE)).toBe('undated');
    expect(standingAt({ start: 'yesterday' }, ARTICLE)).toBe('undated');
    expect(standingAt({ start: '2016-02-30', end: 42 }, ARTICLE)).toBe('undated');
  });

  it('a usable start still counts when the end is not a date', () => {
    expect(standingAt({ start: '2015', end: '<b>soon</b>' }, ARTICLE)).toBe('then');
  });
});

describe('the order facts are listed in', () => {
  it('puts what held on the day first, then what had ended, then what came later, then the undated', () => {
    const facts = [
      { text: 'won re-election', start: '2017-05-19' },
      { text: 'no date' },
      { text: 'security council', start: '1989', end: '2005' },
      { text: 'president', start: '2013-08-03', end: '2021-08-03' },
      { text: 'cleric', start: '1960' },
    ];
    const order = orderAt(facts, ARTICLE, (f) => f).map(({ item }) => item.text);
    expect(order).toEqual(['cleric', 'president', 'security council', 'won re-election', 'no date']);
  });

  it('lists each group oldest first', () => {
    const facts = [{ start: '2016-05-05' }, { start: '1980' }, { start: '2015-05' }];
    expect(orderAt(facts, ARTICLE, (f) => f).map(({ item }) => item.start)).toEqual(['1980', '2015-05', '2016-05-05']);
  });
});
