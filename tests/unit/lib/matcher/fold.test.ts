import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/matcher';

describe('foldText', () => {
  it('lowercases and strips diacritics: Çavuşoğlu becomes cavusoglu', () => {
    expect(foldText('Çavuşoğlu')).toBe('cavusoglu');
    expect(foldText('Erdoğan')).toBe('erdogan');
  });

  it('turns curly apostrophes and primes into a plain apostrophe', () => {
    expect(foldText('Iran’s ‘x’ Kyivʼs 5′')).toBe("iran's 'x' kyiv's 5'");
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
