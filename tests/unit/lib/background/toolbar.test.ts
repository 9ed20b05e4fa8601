import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchToolbarState } from '@/lib/background/toolbar';
import { writeSettings } from '@/lib/settings';
import { ICON_OFF, ICON_ON } from '@/lib/toolbar';

const MESSAGES: Record<string, string> = {
  extName: 'Backstory',
  toolbarPaused: 'Backstory is paused everywhere',
  toolbarOffForSite: 'Backstory is off on $1',
};

/** The last icon and title each tab's button was given. */
function buttons(): Map<number, { icon?: unknown; title?: string }> {
  const shown = new Map<number, { icon?: unknown; title?: string }>();
  for (const [details] of vi.mocked(fakeBrowser.action.setIcon).mock.calls) {
    const tabId = Number(details.tabId);
    shown.set(tabId, { ...shown.get(tabId), icon: details.path });
  }
  for (const [details] of vi.mocked(fakeBrowser.action.setTitle).mock.calls) {
    const tabId = Number(details.tabId);
    shown.set(tabId, { ...shown.get(tabId), title: details.title });
  }
  return shown;
}

describe('the toolbar button', () => {
  let news: number;
  let blog: number;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | (string | number)[]) => {
      const [first] = Array.isArray(subs) ? subs : [subs];
      return (MESSAGES[key] ?? '').replace('$1', String(first ?? ''));
    });
    news = (await fakeBrowser.tabs.create({ url: 'https://news.example/story' })).id!;
    blog = (await fakeBrowser.tabs.create({ url: 'https://blog.example/post' })).id!;
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the icon on every tab when the worker starts', async () => {
    watchToolbarState();
    await vi.waitFor(() => expect(buttons().get(blog)).toEqual({ icon: ICON_ON, title: 'Backstory' }));
    expect(buttons().get(news)).toEqual({ icon: ICON_ON, title: 'Backstory' });
  });

  it('greys out every tab when Backstory is paused, and comes back when it resumes', async () => {
    watchToolbarState();
    await writeSettings({ paused: true });
    await vi.waitFor(() =>
      expect(buttons().get(news)).toEqual({ icon: ICON_OFF, title: 'Backstory is paused everywhere' }),
    );
    expect(buttons().get(blog)).toEqual({ icon: ICON_OFF, title: 'Backstory is paused everywhere' });
    await writeSettings({ paused: false });
    await vi.waitFor(() => expect(buttons().get(news)).toEqual({ icon: ICON_ON, title: 'Backstory' }));
  });

  it('greys out only the tabs of a site switched off, and a tab that goes there', async () => {
    watchToolbarState();
    await writeSettings({ sites: ['news.example'] });
    await vi.waitFor(() =>
      expect(buttons().get(news)).toEqual({ icon: ICON_OFF, title: 'Backstory is off on news.example' }),
    );
    expect(buttons().get(blog)).toEqual({ icon: ICON_ON, title: 'Backstory' });
    await fakeBrowser.tabs.update(blog, { url: 'https://news.example/other' });
    await vi.waitFor(() =>
      expect(buttons().get(blog)).toEqual({ icon: ICON_OFF, title: 'Backstory is off on news.example' }),
    );
  });
});
