import { describe, expect, it } from 'vitest';
import { phraseAround } from '@/lib/page/card/stop-phrase';

const around = (text: string, name: string) => {
  const start = text.indexOf(name);
  return phraseAround(text, start, start + name.length);
};

describe('the phrase a “Not this?” stops', () => {
  it('takes the capitalised words that make the name another thing', () => {
    expect(around('Reporters at The Washington Post said', 'Washington')).toBe('The Washington Post');
    expect(around('across Latin America and beyond', 'America')).toBe('Latin America');
    expect(around('a professor at Georgia Tech said', 'Georgia')).toBe('Georgia Tech');
  });

  it('takes both plain neighbours when none is capitalised, so the rule fits this wording only', () => {
    expect(around('the china plates were', 'china')).toBe('the china plates');
  });

  it('stops at punctuation and at a sentence’s full stop', () => {
    expect(around('We flew to Nice, then home', 'Nice')).toBe('to Nice');
    expect(around('It was Nice Airport.', 'Nice')).toBe('Nice Airport');
  });

  it('is the mark alone when it stands alone', () => {
    expect(around('Nice', 'Nice')).toBe('Nice');
  });
});
