import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isMarkingOn,
  migrateSettings,
  onSettingsChanged,
  readSettings,
  writeSettings,
} from '@/lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from the defaults', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep what the reader chose and tell open pages', async () => {
    const seen: string[] = [];
    onSettingsChanged((settings) => seen.push(settings.firstMentionOnly));
    await writeSettings({ firstMentionOnly: 'section' });
    expect((await readSettings()).firstMentionOnly).toBe('section');
    expect(seen).toEqual(['section']);
  });

  it('fall back to the defaults when what is stored is unreadable or from a newer Backstory', () => {
    expect(migrateSettings({ version: 7, firstMentionOnly: 'always' })).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('carry a reader’s version 1 choices into version 2', () => {
    const migrated = migrateSettings({ version: 1, firstMentionOnly: 'page', hoverOpenDelayMs: 600 });
    expect(migrated).toMatchObject({
      version: 2,
      firstMentionOnly: 'page',
      hoverOpenDelayMs: 600,
      paused: false,
      sites: [],
    });
  });

  it('switch marking off for a listed site and its subdomains, or only on listed ones', () => {
    const off = { ...DEFAULT_SETTINGS, sites: ['example.com'] };
    expect(isMarkingOn(off, 'www.example.com')).toBe(false);
    expect(isMarkingOn(off, 'news.org')).toBe(true);
    const only = { ...off, siteMode: 'only-listed' as const };
    expect(isMarkingOn(only, 'example.com')).toBe(true);
    expect(isMarkingOn(only, 'news.org')).toBe(false);
    expect(isMarkingOn({ ...DEFAULT_SETTINGS, paused: true }, 'news.org')).toBe(false);
  });

  it('refuse a value that is not a choice', async () => {
    await expect(writeSettings({ firstMentionOnly: 'sometimes' as 'page' })).rejects.toThrow();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
