import { describe, expect, it } from 'vitest';
import { siteName } from '@/components/card/SourceLink';

describe('a fact’s source', () => {
  it('is named by its site, without www', () => {
    expect(siteName('https://www.reuters.com/article/us-mideast-crisis-syria-aleppo')).toBe('reuters.com');
    expect(siteName('https://en.wikipedia.org/wiki/Palmyra')).toBe('en.wikipedia.org');
  });

  it('that is not an address at all is called just "source"', () => {
    expect(siteName('not a url')).toBe('source');
  });
});
