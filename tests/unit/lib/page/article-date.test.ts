import { describe, expect, it } from 'vitest';
import { dateFromByline, toPartialDate } from '@/lib/page/article-date';

describe('the article’s date', () => {
  it('is read from an ISO timestamp', () => {
    expect(toPartialDate('2017-01-04T08:00:00Z')).toBe('2017-01-04');
  });

  it('refuses a date that is not a date', () => {
    expect(toPartialDate('2016-02-31')).toBeNull();
    expect(toPartialDate('yesterday')).toBeNull();
  });

  it('is read from a byline in either order', () => {
    expect(dateFromByline('By Jane Doe | 31 December 2016, 14:02')).toBe('2016-12-31');
    expect(dateFromByline('Updated Dec. 22, 2016')).toBe('2016-12-22');
    expect(dateFromByline('By Jane Doe')).toBeNull();
  });
});
