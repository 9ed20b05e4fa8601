import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { expectedMentions, expect, test } from './fixtures';
import { DemoArticle } from './pages/demo-article';

const KINDS = ['person', 'state', 'organisation', 'armed-group', 'place', 'event'];

test('every name the demo article must mark is marked', async ({ demo }) => {
  const marked = new Set(await demo.markedTexts());
  const missing = expectedMentions.mustMark.map((mention) => mention.text).filter((text) => !marked.has(text));
  expect(missing, 'names in mustMark with no highlight range of exactly that text').toEqual([]);
});

test('a name split between a link and the text after it is marked as one mention', async ({ demo }) => {
  const split = (await demo.marks()).filter((mark) => mark.acrossNodes).map((mark) => mark.text);
  for (const mention of expectedMentions.mustMark.filter((m) => m.splitAcross)) {
    expect(split, `"${mention.splitAcross}" marked as one range`).toContain(mention.text);
  }
});

test('marks are painted in one highlight per kind, named backstory-<kind>', async ({ demo }) => {
  const marks = (await demo.marks()).filter((mark) => mark.highlight.startsWith('backstory-'));
  expect(new Set(marks.map((mark) => mark.highlight))).toEqual(new Set(KINDS.map((kind) => `backstory-${kind}`)));
  const sample = {
    Lavrov: 'person',
    Russia: 'state',
    'United Nations': 'organisation',
    Hezbollah: 'armed-group',
    Aleppo: 'place',
    'Astana talks': 'event',
  };
  for (const [text, kind] of Object.entries(sample)) {
    const highlights = marks.filter((mark) => mark.text === text).map((mark) => mark.highlight);
    expect(highlights, `highlights holding "${text}"`).toContain(`backstory-${kind}`);
  }
});

test('names inside code, form fields and scripts are left unmarked', async ({ demo }) => {
  for (const { text, where } of expectedMentions.mustNotMark) {
    expect(await demo.markedTextsInside(where), `marks inside <${where}>`).not.toContain(text);
  }
});

test('marking leaves the page markup exactly as it was, apart from at most one backstory element', async ({
  demo,
  server,
}) => {
  expect((await demo.addedElements()).length).toBeLessThanOrEqual(1);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const plain = new DemoArticle(await browser.newPage(), server.url);
    await plain.open();
    expect(await demo.markupWithoutBackstory()).toBe(await plain.markupWithoutBackstory());
  } finally {
    await browser.close();
  }
});
