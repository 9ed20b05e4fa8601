import { describe, expect, it, vi } from 'vitest';
import { foldText } from '@/lib/matcher';

describe('foldText', () => {
  it('lowercases and strips diacritics: Çavuşoğlu becomes cavusoglu', () => {
    expect(foldText('Çavuşoğlu')).toBe('cavusoglu');
    expect(foldText('Erdoğan')).toBe('erdogan');
  });

  it('turns curly apostrophes and primes into a plain apostrophe', () => {
    expect(foldText('Iran’s ‘x’ Kyivʼs 5′')).toBe("iran's 'x' kyiv's 5'");
  });

  it('folds every ASCII character of a plain name as it folds beside a letter with a diacritic', () => {
    for (let unit = 0; unit < 0x80; unit++) {
      const char = String.fromCharCode(unit);
      expect(foldText(`Abu ${char}Omar`), `unit ${String(unit)}`).toBe(foldText(`Abú ${char}Omar`));
    }
    expect(foldText('Qasem Soleimani')).toBe('qasem soleimani');
  });

  it('turns every kind of dash into a hyphen', () => {
    expect(foldText('a‐b‑c‒d–e—f―g−h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('turns no-break, narrow, thin spaces, tabs and newlines into plain spaces', () => {
    expect(foldText('a\u00a0b\u202fc\u2009d\te\nf\r\ng')).toBe('a b c d e f  g');
  });

  it('keeps the length, so offsets in folded text are offsets in the original', () => {
    const text = 'İstanbul ǅ ß ﬁ 😀 e\u0301 \ud800';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('leaves letters alone whose lowercase would be longer than one unit', () => {
    expect(foldText('İ')).toBe('i'); // İ loses its dot as a diacritic first
    expect(foldText('ﬁ')).toBe('ﬁ');
  });

  it('passes surrogate pairs through unchanged', () => {
    expect(foldText('😀𝐀')).toBe('😀𝐀');
  });

  it('folds Greek final sigma so a headline in capitals matches', () => {
    expect(foldText('ΟΔΥΣΣΕΑΣ')).toBe(foldText('Οδυσσέας'));
  });

  it('is idempotent for every UTF-16 unit', () => {
    let all = '';
    for (let u = 0; u < 0x10000; u++) all += String.fromCharCode(u);
    const once = foldText(all);
    expect(foldText(once)).toBe(once);
  });
});

describe('fold tables filled as texts need them', () => {
  // A fresh module each time: the tables start empty, as in a service worker just woken.
  const freshMatcher = async () => {
    vi.resetModules();
    return import('@/lib/matcher');
  };

  it('folds an alias written only in letters whose plain form lies elsewhere in Unicode', async () => {
    const { buildMatcher } = await freshMatcher();
    // Ḍ, Ḥ, Ṣ (U+1E0C, U+1E24, U+1E62) fold to D, H, S: another 256-unit page than their own.
    const matcher = buildMatcher([{ text: 'ḌḤṢ', entityId: 'dhs', caseSensitive: true }]);
    expect(matcher.findMentions('The DHS said so').map((h) => h.entityId)).toEqual(['dhs']);
    expect(matcher.findMentions('the dhs said so')).toEqual([]);
  });

  it('folds the same whichever text came first', async () => {
    const first = (await freshMatcher()).foldText('Ǿresund ΟΔΥΣΣΕΑΣ Kyivʼs');
    const { foldText } = await freshMatcher();
    foldText('\u1e0c\u0391\u2019');
    expect(foldText('Ǿresund ΟΔΥΣΣΕΑΣ Kyivʼs')).toBe(first);
  });
});
