import { describe, expect, it } from 'vitest';
import { comparePartialDates, describeDate, describeRange, isPartialDate, todayAsPartialDate } from '@/lib/dates';

describe('partial dates', () => {
  it('accept a year, a month or a day that exists', () => {
    expect(['2016', '2016-12', '2016-12-22', '2016-02-29'].every(isPartialDate)).toBe(true);
  });

  it('refuse what is not a date', () => {
    for (const value of ['2016-13', '2017-02-29', '16', 'yesterday', '2016-12-22T00:00', '', 2016, null, {}]) {
      expect(isPartialDate(value), String(value)).toBe(false);
    }
  });

  it('compare at the coarser precision, so a year contains its days', () => {
    expect(comparePartialDates('2016', '2016-12-22')).toBe(0);
    expect(comparePartialDates('2016-12', '2016-12-22')).toBe(0);
    expect(comparePartialDates('2016-11', '2016-12-22')).toBe(-1);
    expect(comparePartialDates('2016-12-23', '2016-12-22')).toBe(1);
    expect(comparePartialDates('2015', '2016-01-01')).toBe(-1);
  });

  it('give today in the reader’s calendar', () => {
    expect(todayAsPartialDate(new Date(2017, 0, 4, 23, 59))).toBe('2017-01-04');
  });
});

describe('dates as the card prints them', () => {
  it('read like a newspaper', () => {
    expect(describeDate('2016-12-22')).toBe('22 Dec 2016');
    expect(describeRange('2013-08-03', '2021-08-03')).toBe('3 Aug 2013 – 3 Aug 2021');
    expect(describeRange(undefined, '2016-12')).toBe('until Dec 2016');
    expect(describeRange(undefined, undefined)).toBe('');
  });

  it('show a date that is not a date as written, shortened and said to be one', () => {
    expect(describeDate('<script>alert(1)</script>')).toBe('“<script>alert(1)</script>” (not a date)');
    expect(describeDate('2016-13-45')).toBe('“2016-13-45” (not a date)');
    expect(describeDate('x'.repeat(100))).toBe(`“${'x'.repeat(40)}…” (not a date)`);
  });
});
