import { expectedMentions, expect, test } from './fixtures';

// The same expectations as tests/e2e/demo-marks.spec.ts, in Firefox. These tests only read
// the page, so they share one Firefox.

const KINDS = ['person', 'state', 'organisation', 'armed-group', 'place', 'event'];

test('every name the demo article must mark is marked', async ({ sharedDemo }) => {
  await expect
    .poll(
      async () => {
        const marked = new Set(await sharedDemo.markedTexts());
        return expectedMentions.mustMark.map((mention) => mention.text).filter((text) => !marked.has(text));
      },
      { timeout: 10_000, message: 'names in mustMark with no highlight range of exactly that text' },
    )
    .toEqual([]);
});

test('a name split between a link and the text after it is marked as one mention', async ({ sharedDemo }) => {
  const split = (await sharedDemo.marks()).filter((mark) => mark.acrossNodes).map((mark) => mark.text);
  for (const mention of expectedMentions.mustMark.filter((m) => m.splitAcross)) {
    expect(split, `"${mention.splitAcross}" marked as one range`).toContain(mention.text);
  }
});

test('marks are painted in one highlight per kind, named backstory-<kind>', async ({ sharedDemo }) => {
  const marks = (await sharedDemo.marks()).filter((mark) => mark.highlight.startsWith('backstory-'));
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

test('names inside code, form fields and scripts are left unmarked', async ({ sharedDemo }) => {
  for (const { text, where } of expectedMentions.mustNotMark) {
    expect(await sharedDemo.markedTextsInside(where), `marks inside <${where}>`).not.toContain(text);
  }
});
