import { describe, expect, it } from 'vitest';
import { dateFromText, findDayInText } from '@/lib/article-date/date-text';

describe('a date as a page writes it', () => {
  it('is read in English, either way round, with short month names', () => {
    expect(dateFromText('By Jane Doe | 31 December 2016, 14:02')).toBe('2016-12-31');
    expect(dateFromText('Updated Dec. 22, 2016')).toBe('2016-12-22');
    expect(dateFromText('July 24th, 2015 at 6:41 p.m. EDT')).toBe('2015-07-24');
    expect(dateFromText('By Jane Doe')).toBeNull();
  });

  it('is read in French, German and Spanish, and in numbers', () => {
    expect(dateFromText('Publié le 24 juillet 2015 à 19h12')).toBe('2015-07-24');
    expect(dateFromText('Mis à jour le 1er févr. 2016')).toBe('2016-02-01');
    expect(dateFromText('Von Jonas Reuter · 24. Juli 2015')).toBe('2015-07-24');
    expect(dateFromText('Por Lucía Ferrer, 24 de julio de 2015')).toBe('2015-07-24');
    expect(dateFromText('Stand: 24.07.2015, 10:31 Uhr')).toBe('2015-07-24');
  });

  it('is refused when it is no day of the calendar', () => {
    expect(dateFromText('31 February 2016')).toBeNull();
    expect(dateFromText('Flight 32 March')).toBeNull();
  });

  it('skips numbers before words that are no month, and finds the date after them', () => {
    expect(dateFromText('Updated 3 hours ago · 24 July 2015')).toBe('2015-07-24');
  });

  it('without a year, is found with the words it was written in, and no year', () => {
    expect(findDayInText('By Hannah Whitcombe March 18 at 3:57 PM')).toEqual({
      year: null,
      month: 3,
      day: 18,
      text: 'March 18',
    });
    expect(findDayInText('le 18 mars à 15h')).toEqual({ year: null, month: 3, day: 18, text: '18 mars' });
    expect(dateFromText('March 18 at 3:57 PM')).toBeNull();
  });
});
