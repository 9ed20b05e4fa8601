import { describe, expect, it } from 'vitest';
import {
  composite,
  contrastRatio,
  DARK_CANVAS,
  DARK_HIGHLIGHT_TEXT,
  DARK_HIGHLIGHTS,
  darkHighlightCss,
  isDark,
  pageBackground,
  parseColour,
} from '@/lib/page/highlight-palette';

const DARK_PAGES = ['rgb(0, 0, 0)', 'rgb(18, 18, 18)', 'rgb(30, 30, 30)', 'rgb(40, 44, 52)', 'rgb(51, 51, 51)'];

describe('telling a dark page from a light one', () => {
  it('reads the colours getComputedStyle answers, in either syntax', () => {
    expect(parseColour('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColour('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColour('canvas')).toBeUndefined();
  });

  it('takes the body’s background, else the root’s, else the canvas', () => {
    expect(isDark(pageBackground(['rgb(20, 20, 24)', 'rgb(255, 255, 255)']))).toBe(true);
    expect(isDark(pageBackground(['rgba(0, 0, 0, 0)', 'rgb(16, 16, 16)']))).toBe(true);
    expect(isDark(pageBackground(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']))).toBe(false);
    expect(isDark(pageBackground(['rgba(0, 0, 0, 0)'], DARK_CANVAS))).toBe(true);
    expect(isDark(pageBackground(['rgb(250, 248, 240)']))).toBe(false);
  });

  it('counts a mid grey that black text reads better on as light', () => {
    expect(isDark(parseColour('rgb(160, 160, 160)')!)).toBe(false);
    expect(isDark(parseColour('rgb(90, 90, 90)')!)).toBe(true);
  });

  it('lets a faint wash over white stay light', () => {
    expect(isDark(pageBackground(['rgba(0, 0, 0, 0.3)']))).toBe(false);
  });
});

describe('the highlight palette for dark pages', () => {
  for (const [kind, { background, underline }] of Object.entries(DARK_HIGHLIGHTS)) {
    it(`gives ${kind} marks at least 4.5:1 text contrast on every dark page, and an underline that shows`, () => {
      for (const page of DARK_PAGES) {
        const under = parseColour(page)!;
        expect(isDark(under)).toBe(true);
        expect(contrastRatio(DARK_HIGHLIGHT_TEXT, composite(background, under))).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(underline, under)).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('writes one rule per kind, in each highlight style', () => {
    for (const style of ['background', 'underline'] as const) {
      expect(darkHighlightCss(style).match(/::highlight\(backstory-[a-z-]+\)/g)).toHaveLength(6);
    }
    expect(darkHighlightCss('background')).toContain(
      '::highlight(backstory-person) { background-color: rgb(92 68 0); color: rgb(255 255 255);',
    );
  });

  it('is needed: a dark page’s light text over the light palette’s person wash falls short of 4.5:1', () => {
    const lightPerson = composite({ r: 255, g: 214, b: 102, a: 0.45 }, parseColour('rgb(18, 18, 18)')!);
    expect(contrastRatio({ r: 230, g: 230, b: 230, a: 1 }, lightPerson)).toBeLessThan(4.5);
  });
});
