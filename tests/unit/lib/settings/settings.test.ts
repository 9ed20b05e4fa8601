import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, onSettingsChanged, parseSettings, readSettings, writeSettings } from '@/lib/settings';

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

  it('fall back to the defaults when what is stored is unreadable', () => {
    expect(parseSettings({ version: 7, firstMentionOnly: 'always' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('refuse a value that is not a choice', async () => {
    await expect(writeSettings({ firstMentionOnly: 'sometimes' as 'page' })).rejects.toThrow();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
