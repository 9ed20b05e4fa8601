import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureSelection, registerCapture } from '@/lib/background/capture';
import { readCaptureQuery } from '@/lib/capture';
import { lookupTargetFromQuery } from '@/lib/lookup';
import type { ArticleInfo } from '@/lib/messaging';

const TAB = { id: 7, index: 0, url: 'https://ledger.example/a', title: 'Tab title' } as Parameters<
  typeof captureSelection
>[1];
const ARTICLE: ArticleInfo = {
  url: 'https://ledger.example/a',
  title: 'After Aleppo',
  published: '2017-01-04',
  publishedFrom: 'article:published_time',
};

/** Makes the tab's content script answer 'page/selection' and 'page/article', or not answer at all. */
function pageAnswers(selection: string | undefined) {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    if (selection === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
    const { type } = message as { type: string };
    return { ok: true, value: type === 'page/selection' ? { text: selection } : ARTICLE };
  });
}

/** The query of every capture window opened. */
function openedForms(): ReturnType<typeof readCaptureQuery>[] {
  const create = vi.mocked(fakeBrowser.windows.create);
  return create.mock.calls.map(([data]) => readCaptureQuery(new URL(String(data?.url)).search));
}

describe('adding a selection to the store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.windows, 'create');
  });
  afterEach(() => vi.restoreAllMocks());

  it('opens the form in a small popup window with the selection, the article and the tab', async () => {
    pageAnswers('Lavrov hosted the session.');
    expect(await captureSelection('fact', TAB)).toBe(true);
    expect(fakeBrowser.windows.create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', width: 420, height: 560 }),
    );
    expect(String(vi.mocked(fakeBrowser.windows.create).mock.calls[0]?.[0]?.url)).toMatch(
      /^chrome-extension:\/\/[^/]+\/capture\.html\?/,
    );
    expect(openedForms()).toEqual([
      {
        mode: 'fact',
        text: 'Lavrov hosted the session.',
        cut: false,
        url: ARTICLE.url,
        title: 'After Aleppo',
        published: '2017-01-04',
        tabId: 7,
      },
    ]);
  });

  it('opens nothing for an empty or whitespace-only selection', async () => {
    pageAnswers(' \n ');
    expect(await captureSelection('entity', TAB, '')).toBe(false);
    expect(fakeBrowser.windows.create).not.toHaveBeenCalled();
  });

  it('cuts a one-megabyte selection and tells the form it was cut', async () => {
    pageAnswers('Karlov '.repeat(150_000));
    await captureSelection('fact', TAB);
    const [form] = openedForms();
    expect(form?.cut).toBe(true);
    expect(form?.text.length).toBeLessThanOrEqual(2_000);
  });

  it('uses the menu’s copy of the selection and the tab’s own title where the page cannot answer', async () => {
    pageAnswers(undefined);
    await captureSelection('entity', TAB, 'Leila Farhadi');
    expect(openedForms()).toEqual([
      {
        mode: 'entity',
        text: 'Leila Farhadi',
        cut: false,
        url: TAB.url,
        title: 'Tab title',
        published: null,
        tabId: 7,
      },
    ]);
  });
});

describe('the context menu and the keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('offer "Add as actor or event" and "Add as fact about" on a selection, and open the matching form', async () => {
    const created: { id?: string; title?: string; contexts?: string[] }[] = [];
    let click: ((info: object, tab?: typeof TAB) => void) | undefined;
    let command: ((name: string, tab?: typeof TAB) => void) | undefined;
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((item) => created.push(item as never));
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
      click = listener as never;
    });
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      command = listener as never;
    });
    vi.spyOn(fakeBrowser.windows, 'create');
    pageAnswers('Andrei Karlov');

    registerCapture();
    await vi.waitFor(() => expect(created).toHaveLength(3));
    expect(created.map((item) => [item.title, item.contexts])).toEqual([
      ['Add “%s” as actor or event…', ['selection']],
      ['Add as fact about…', ['selection']],
      ['Look up “%s” on Wikidata…', ['selection']],
    ]);

    click?.({ menuItemId: created[1]!.id, selectionText: 'Andrei Karlov' }, TAB);
    command?.('add-selection-as-entity', TAB);
    command?.('next-mention', TAB);
    await vi.waitFor(() =>
      expect(
        openedForms()
          .map((form) => form.mode)
          .sort(),
      ).toEqual(['entity', 'fact']),
    );
  });

  it('"Look up" on a selection, from the menu or the keyboard, opens the look-up window for the name and its tab', async () => {
    let click: ((info: object, tab?: typeof TAB) => void) | undefined;
    let command: ((name: string, tab?: typeof TAB) => void) | undefined;
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
      click = listener as never;
    });
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      command = listener as never;
    });
    vi.spyOn(fakeBrowser.windows, 'create');
    pageAnswers(' “Leila Farhadi’s\n');

    registerCapture();
    click?.({ menuItemId: 'backstory-look-up', selectionText: 'Leila Farhadi’s' }, TAB);
    command?.('look-up-selection', TAB);
    await vi.waitFor(() => expect(fakeBrowser.windows.create).toHaveBeenCalledTimes(2));
    for (const [data] of vi.mocked(fakeBrowser.windows.create).mock.calls) {
      const url = new URL(String(data?.url));
      expect(url.pathname).toBe('/lookup.html');
      expect(lookupTargetFromQuery(url.search)).toEqual({ name: 'Leila Farhadi', tabId: 7 });
    }
  });
});
