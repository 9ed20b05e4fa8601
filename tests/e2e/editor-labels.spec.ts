import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

/** Ids used by more than one element, and labels whose control sits outside the label's own section. */
const labelProblems = (page: Page) =>
  page.evaluate(() => {
    const counts = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    const strays = [...document.querySelectorAll('label[for]')].flatMap((label) => {
      const control = document.getElementById(label.getAttribute('for')!);
      const home = (element: Element | null) => element?.closest('section, aside, form, [role="tabpanel"]');
      return control && home(control) === home(label)
        ? []
        : [`${label.textContent?.trim()} → ${control?.outerHTML.slice(0, 60) ?? 'nothing'}`];
    });
    return { repeated, strays };
  });

test('after working in the editor a while every label still names its own control, and no id is used twice', async ({
  context,
  extensionId,
}) => {
  const editor = await EditorPage.open(context, extensionId);
  const { page } = editor;
  for (const name of ['Sergey Lavrov', 'Aleppo', 'Andrei Karlov']) {
    await editor.search(name);
    await editor.rows.first().getByRole('button').click();
    await editor.detail.getByRole('button', { name: 'Save' }).waitFor();
    await editor.detail.getByRole('button', { name: 'Close', exact: true }).click();
  }
  await editor.search('');
  for (const section of ['Pictures', 'Packs & import', 'Sites & settings', 'Snapshots', 'Sync', 'Entities'] as const) {
    await editor.show(section);
    expect(await labelProblems(page), `after opening ${section}`).toEqual({ repeated: [], strays: [] });
  }
  await page.getByRole('button', { name: 'New entity' }).click();
  await editor.detail.getByRole('button', { name: 'Save' }).waitFor();
  await editor.search('Lavrov');
  await editor.filter('Kind', 'Person');
  expect(await labelProblems(page)).toEqual({ repeated: [], strays: [] });
  for (const label of ['Name', 'Kind', 'Summary']) {
    await editor.detail
      .locator('label', { hasText: new RegExp(`^${label}$`) })
      .first()
      .click();
    const focusedIn = await page.evaluate(() =>
      document.activeElement?.closest('.detail') ? 'detail' : document.activeElement?.outerHTML.slice(0, 80),
    );
    expect(focusedIn, `the label "${label}" focuses the detail's own field`).toBe('detail');
  }
});
