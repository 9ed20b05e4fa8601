import { expect, test } from './fixtures';

const LAVROV = 'starter:sergey-lavrov';

test('resting the pointer on "Lavrov" opens the card for Sergey Lavrov', async ({ demo }) => {
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  await expect(demo.openCard).toHaveAttribute('aria-label', 'Backstory card: Sergey Lavrov');
  await expect.poll(() => demo.cardText()).toContain('Sergey Lavrov');
});

test('moving the pointer away from the mention closes its card', async ({ demo }) => {
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  await demo.moveAway();
  await expect(demo.openCard).toHaveCount(0);
  await expect(demo.card).toHaveAttribute('data-state', 'closed');
});

test('Escape closes the open card', async ({ demo, page }) => {
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  await page.keyboard.press('Escape');
  await expect(demo.card).toHaveAttribute('data-state', 'closed');
});

test('opening one card after another keeps a single backstory element on the page', async ({ demo }) => {
  await demo.hover('Lavrov');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', LAVROV);
  await demo.moveAway();
  await demo.hover('Hezbollah');
  await expect(demo.openCard).toHaveAttribute('data-entity-id', 'starter:hezbollah');
  expect(await demo.addedElements()).toHaveLength(1);
});
