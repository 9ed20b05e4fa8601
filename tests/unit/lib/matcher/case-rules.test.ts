import { describe, expect, it } from 'vitest';
import { caseRulesOf } from '@/lib/matcher';

const ordinaryWords = new Set(['nice', 'turkey', 'the', 'valley', 'long', 'beach', 'is', 'us']);

describe('the case rule a pack gives a name', () => {
  it('makes two-letter acronyms match only in capitals, so "is" and "us" are never IS and US', () => {
    expect(caseRulesOf('IS', ordinaryWords)).toEqual({ caseSensitive: true, common: false });
    expect(caseRulesOf('U.S.', ordinaryWords)).toEqual({ caseSensitive: true, common: false });
  });

  it('marks a name that is also an ordinary word as common and case-sensitive', () => {
    expect(caseRulesOf('Nice', ordinaryWords)).toEqual({ caseSensitive: true, common: true });
    expect(caseRulesOf('Turkey', ordinaryWords)).toEqual({ caseSensitive: true, common: true });
  });

  it('keeps a phrase of ordinary words as written, and a plain several-word name in any case', () => {
    expect(caseRulesOf('The Valley', ordinaryWords).caseSensitive).toBe(true);
    expect(caseRulesOf('Long Beach', ordinaryWords).caseSensitive).toBe(true);
    expect(caseRulesOf('Vladimir Putin', ordinaryWords)).toEqual({ caseSensitive: false, common: false });
  });

  it('matches a one-word capitalised name as written', () => {
    expect(caseRulesOf('Sudan', ordinaryWords)).toEqual({ caseSensitive: true, common: false });
  });
});
