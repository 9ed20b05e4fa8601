import { formatTimestamp } from '../../lib/dates';
import { expect, test } from './fixtures';
import { CardView } from './pages/card-view';
import type { DemoArticle } from './pages/demo-article';

const LAVROV = 'starter:sergey-lavrov';

async function openLavrov(demo: DemoArticle): Promise<CardView> {
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  const card = new CardView(demo.page);
  await card.waitForText('Add a note');
  return card;
}

async function addNote(card: CardView, text: string): Promise<void> {
  await card.click('Add a note');
  await card.write('New note', text);
  await card.click('Save note');
  await card.waitForText(text);
}

async function reopenAfterReload(demo: DemoArticle): Promise<CardView> {
  await demo.page.reload();
  await demo.waitForMarks();
  return openLavrov(demo);
}

test('a note written in the card is saved, dated today, and still there after a reload', async ({ demo }) => {
  const note = 'Check what Lavrov said about Astana on 29 December.';
  const card = await openLavrov(demo);
  await addNote(card, note);
  const text = await card.text();
  const dated = text.lastIndexOf(formatTimestamp(Date.now()), text.indexOf(note));
  expect(dated, 'the note is shown under today’s date').toBeGreaterThan(text.indexOf('Add a note'));
  expect(await demo.openCard.count()).toBe(1);
  const again = await reopenAfterReload(demo);
  await again.waitForText(note);
});

test('notes are listed newest first', async ({ demo }) => {
  const card = await openLavrov(demo);
  await addNote(card, 'The older note.');
  await addNote(card, 'The newer note.');
  const text = await card.text();
  expect(text.indexOf('The newer note.')).toBeLessThan(text.indexOf('The older note.'));
});

test('a note edited in the card keeps its place and shows the new text after a reload', async ({ demo }) => {
  const card = await openLavrov(demo);
  await addNote(card, 'Moscow declaration: 20 Dec.');
  await card.click('Edit note');
  await card.write('Edit note', 'Moscow declaration: 20 December 2016, with Iran and Turkey.');
  await card.click('Save note');
  await card.waitForText('Moscow declaration: 20 December 2016, with Iran and Turkey.');
  expect(await card.text()).not.toContain('Moscow declaration: 20 Dec.\n');
  const again = await reopenAfterReload(demo);
  const text = await again.waitForText('Moscow declaration: 20 December 2016');
  expect(text).not.toContain('Moscow declaration: 20 Dec.\n');
});

test('a note is deleted from the card only after the reader confirms, and stays deleted', async ({ demo }) => {
  const card = await openLavrov(demo);
  await addNote(card, 'A note to throw away.');
  await card.click('Delete note');
  await card.waitForText('Delete this note?');
  await card.click('Keep');
  expect(await card.text()).toContain('A note to throw away.');
  await card.click('Delete note');
  await card.click('Delete');
  await card.waitForText('Note deleted.');
  expect(await card.text()).not.toContain('A note to throw away.');
  const again = await reopenAfterReload(demo);
  expect(await again.waitForText('No notes yet.')).not.toContain('A note to throw away.');
});

test('a 100 KB note is refused in the card with the reason, and its text stays in the field to be shortened', async ({
  demo,
}) => {
  const card = await openLavrov(demo);
  await card.click('Add a note');
  await card.write('New note', 'x'.repeat(100_000), 'paste');
  await card.click('Save note');
  await card.waitForText('Not saved. A note must be at most 20000 characters (this one has 100,000).');
  const kept = await card.inNotes(() => document.querySelector('textarea')?.value.length);
  expect(kept).toBe(100_000);
  const again = await reopenAfterReload(demo);
  await again.waitForText('No notes yet.');
});
