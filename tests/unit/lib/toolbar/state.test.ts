import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { toolbarStateFor } from '@/lib/toolbar';

const settings = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

describe('the toolbar state of a tab', () => {
  it('is on for a news page by default', () => {
    expect(toolbarStateFor(DEFAULT_SETTINGS, 'https://news.example/story')).toEqual({ switchedOff: false });
  });

  it('is off everywhere while paused, browser pages included', () => {
    const paused = settings({ paused: true });
    expect(toolbarStateFor(paused, 'https://news.example/story')).toEqual({ switchedOff: true, why: 'paused' });
    expect(toolbarStateFor(paused, 'chrome://extensions/')).toEqual({ switchedOff: true, why: 'paused' });
    expect(toolbarStateFor(paused, undefined)).toEqual({ switchedOff: true, why: 'paused' });
  });

  it('is off on a site switched off, its subdomains too, and names the site', () => {
    const off = settings({ sites: ['news.example'] });
    expect(toolbarStateFor(off, 'https://www.news.example/a')).toEqual({
      switchedOff: true,
      why: 'site',
      host: 'www.news.example',
    });
    expect(toolbarStateFor(off, 'https://other.example/a')).toEqual({ switchedOff: false });
  });

  it('follows "only the listed sites": off elsewhere, but not on pages Backstory never marks', () => {
    const only = settings({ siteMode: 'only-listed', sites: ['news.example'] });
    expect(toolbarStateFor(only, 'http://news.example/a')).toEqual({ switchedOff: false });
    expect(toolbarStateFor(only, 'https://other.example/')).toEqual({
      switchedOff: true,
      why: 'site',
      host: 'other.example',
    });
    expect(toolbarStateFor(only, 'about:blank')).toEqual({ switchedOff: false });
    expect(toolbarStateFor(only, 'not a url')).toEqual({ switchedOff: false });
  });
});
