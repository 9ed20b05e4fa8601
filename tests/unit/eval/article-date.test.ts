import { describe, expect, it } from 'vitest';
import { scoreDate } from '../../eval/article-date';

describe('scoring the article date', () => {
  it('is right when the card reads the day the gold gives', () => {
    expect(scoreDate('2015-06-26', { published: '2015-06-26', publishedFrom: 'date attribute' }).right).toBe(true);
    expect(scoreDate('2015-06-26', { published: '2015-06-25', publishedFrom: 'byline' }).right).toBe(false);
  });

  it('is right for a page without a date only when the card says it is unsure', () => {
    expect(scoreDate(null, { published: null, publishedFrom: null }).right).toBe(true);
    expect(scoreDate(null, { published: '2019-03-18', publishedFrom: 'byline, year from a caption' }).right).toBe(
      false,
    );
  });
});
