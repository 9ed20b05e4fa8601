import { expect, test } from './fixtures';
import { askStore } from './pages/store-messages';
import { grantHostAccess, revokeHostAccess } from './pages/host-access';
import { ExtensionState, SyncSection } from './pages/sync-section';

// The server is never reached in these tests: until the engine lands they cover what the
// reader sees and what the extension keeps. The fixture server only lends a real address.
const PASSWORD = 'app-pw-7Hq2-xK9m';
const LOCAL_SERVER = 'http://127.0.0.1/*';
const PASSPHRASE = 'correct horse battery staple';

function folderOf(serverUrl: string): string {
  return `${serverUrl}/dav/backstory/`;
}

test('wrong settings are shown at their fields, and nothing is saved or asked of the browser', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const sync = await SyncSection.open(context, extensionId);
  await sync.fill({
    url: 'ftp://cloud.example.org/dav/',
    user: 'ana:admin',
    password: PASSWORD,
    intervalMinutes: '3',
    deletePercent: '1',
  });
  await sync.save();
  await expect(sync.page.getByText('Address: must start with https:// (or http://).')).toBeVisible();
  await expect(sync.page.getByText('User: must not contain a colon.')).toBeVisible();
  await expect(sync.page.getByText('Sync every: 0 (only when you ask) or 5 to 1440 minutes.')).toBeVisible();
  await expect(sync.page.getByText('Ask before deleting: 5% to 100%.')).toBeVisible();
  await expect(sync.field('url')).toHaveAttribute('aria-invalid', 'true');
  await expect(sync.field('url')).toBeFocused();

  await sync.field('url').fill('https://ana:secret@cloud.example.org/dav/');
  await sync.save();
  await expect(
    sync.page.getByText('Address: must not contain a user or password; enter them in their own fields.'),
  ).toBeVisible();
  await sync.fill({ url: 'https://cloud.example.org/dav/', user: 'ana', password: PASSWORD, passphrase: 'short' });
  await sync.save();
  await expect(sync.page.getByText('Passphrase: at least 8 characters, or none.')).toBeVisible();

  const state = new ExtensionState(serviceWorker);
  expect(await state.storageLocal()).not.toHaveProperty('syncConfig');
  expect(await state.mayReach('https://cloud.example.org/*')).toBe(false);
});

test('host access is asked for when the reader saves an address, not at install, and nothing is saved before it is given', async ({
  context,
  extensionId,
  serviceWorker,
  server,
}) => {
  const state = new ExtensionState(serviceWorker);
  const manifest = await state.manifest();
  expect(manifest).not.toHaveProperty('host_permissions');
  expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  expect(manifest.permissions).toContain('alarms');
  expect(await state.mayReach(LOCAL_SERVER)).toBe(false);

  const sync = await SyncSection.open(context, extensionId);
  await sync.fill({ url: folderOf(server.url), user: 'ana', password: PASSWORD });
  await sync.save();
  // Headless Chromium shows its prompt where nothing can answer it: the request stays open.
  await expect(
    sync.page.getByRole('status').getByText(`Waiting for your permission to reach ${new URL(server.url).host}…`),
  ).toBeVisible();
  await sync.page.waitForTimeout(500);
  expect(await state.storageLocal()).not.toHaveProperty('syncConfig');
  expect(await state.mayReach(LOCAL_SERVER)).toBe(false);
});

test('saved settings live in storage.local only, and no answer or page shows the password again', async ({
  context,
  extensionId,
  serviceWorker,
  server,
}) => {
  await grantHostAccess(context, extensionId, LOCAL_SERVER);
  const sync = await SyncSection.open(context, extensionId);
  await sync.fill({
    url: folderOf(server.url),
    user: 'ana',
    password: PASSWORD,
    passphrase: PASSPHRASE,
    intervalMinutes: '15',
  });
  await sync.saveAndWait();
  await expect(sync.status).toContainText(`Syncs with ${folderOf(server.url)} as ana, encrypted.`);
  await expect(sync.status).toContainText('Not synced yet.');
  await expect(sync.announcement).toHaveText('Ready to sync.');
  await expect(sync.page.getByRole('button', { name: 'Save' })).toBeFocused();
  await expect(sync.status).toContainText(/Syncs every 15 minutes; next around \d\d:\d\d\./);

  const state = new ExtensionState(serviceWorker);
  expect(JSON.stringify(await state.storageLocal())).toContain(PASSWORD);
  expect(JSON.stringify(await state.storageSync())).not.toMatch(new RegExp(`${PASSWORD}|${PASSPHRASE}|syncConfig`));
  expect(await state.alarms()).toEqual([expect.objectContaining({ name: 'backstory-sync', periodInMinutes: 15 })]);
  const status = await askStore(sync.page, 'sync/status', {});
  expect(JSON.stringify(status)).not.toMatch(new RegExp(`${PASSWORD}|${PASSPHRASE}`));

  await sync.page.reload();
  await sync.status.waitFor();
  await expect(sync.field('url')).toHaveValue(folderOf(server.url));
  await expect(sync.field('user')).toHaveValue('ana');
  await expect(sync.field('password')).toHaveValue('');
  await expect(sync.field('password')).toHaveAttribute('placeholder', 'Saved: leave empty to keep it');
  expect(await sync.page.content()).not.toContain(PASSWORD);
});

test('Sync now with host access taken back says so in words, pauses the schedule, and the popup shows it', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  demo,
  popupFor,
}) => {
  await grantHostAccess(context, extensionId, LOCAL_SERVER);
  const sync = await SyncSection.open(context, extensionId);
  await sync.fill({ url: folderOf(server.url), user: 'ana', password: PASSWORD });
  await sync.saveAndWait();
  const state = new ExtensionState(serviceWorker);
  await revokeHostAccess(context, extensionId, LOCAL_SERVER);

  await sync.page.getByRole('button', { name: 'Sync now' }).click();
  const host = new URL(server.url).host;
  await expect(sync.announcement).toHaveText(
    `Last error: Backstory is not allowed to reach ${host}. Save the sync settings again in the editor and allow access when the browser asks.`,
  );
  await expect(sync.status).toContainText(
    'Scheduled syncs are paused until you correct the settings below, or press Sync now.',
  );
  expect(await state.alarms()).toEqual([]);

  const popup = await popupFor(demo.page);
  const line = popup.page.getByTestId('sync-line');
  await expect(line).toContainText('Sync: not synced yet');
  await expect(line).toContainText(`Last error: Backstory is not allowed to reach ${host}.`);
});

test('a sync that stopped before a large delete shows what would go, and "Not now" drops it', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  demo,
  popupFor,
}) => {
  await grantHostAccess(context, extensionId, LOCAL_SERVER);
  const sync = await SyncSection.open(context, extensionId);
  await sync.fill({ url: folderOf(server.url), user: 'ana', password: PASSWORD, deletePercent: '20' });
  await sync.saveAndWait();
  // What the engine leaves when it stops to ask (the engine is not in this build yet).
  const state = new ExtensionState(serviceWorker);
  const names = Array.from({ length: 50 }, (_, i) => (i === 0 ? 'Sergey Lavrov' : `Entity ${i}`));
  await state.setStorageLocal({
    syncRecord: {
      pending: {
        reason: 'large-delete',
        changes: { added: 0, updated: 2, removed: 64 },
        removedNames: names,
        removedTotal: 64,
      },
    },
  });

  const preview = sync.page.getByRole('group', { name: /^This sync would remove 64 records/ });
  await expect(preview).toContainText(
    'This sync would remove 64 records (entities, notes, facts…), more than 20% of your store: adds 0, updates 2, removes 64.',
  );
  await expect(preview.getByRole('list', { name: 'What this sync would remove' }).getByRole('listitem')).toHaveCount(
    50,
  );
  await expect(preview).toContainText('Sergey Lavrov');
  await expect(preview).toContainText('and 14 more');
  await expect(sync.announcement).toHaveText('A sync waits for your answer below.');
  const popup = await popupFor(demo.page);
  await expect(popup.page.getByTestId('sync-line')).toHaveText('Sync: not synced yet · a sync waits for your answer');

  await preview.getByRole('button', { name: 'Not now' }).click();
  await expect(preview).toHaveCount(0);
  expect(await state.storageLocal()).toMatchObject({ syncRecord: {} });
  expect((await state.storageLocal()).syncRecord).not.toHaveProperty('pending');
});

test('stopping sync forgets the settings, the credentials and the schedule', async ({
  context,
  extensionId,
  serviceWorker,
  server,
}) => {
  await grantHostAccess(context, extensionId, LOCAL_SERVER);
  const sync = await SyncSection.open(context, extensionId);
  await sync.fill({ url: folderOf(server.url), user: 'ana', password: PASSWORD, passphrase: PASSPHRASE });
  await sync.saveAndWait();
  const state = new ExtensionState(serviceWorker);
  expect(await state.mayReach(LOCAL_SERVER)).toBe(true);

  await sync.forget();
  await expect(sync.announcement).toHaveText('Sync is off.');
  await expect(sync.field('url')).toHaveValue('');
  const local = await state.storageLocal();
  expect(local).not.toHaveProperty('syncConfig');
  expect(local).not.toHaveProperty('syncRecord');
  expect(JSON.stringify(local)).not.toMatch(new RegExp(`${PASSWORD}|${PASSPHRASE}`));
  expect(await state.alarms()).toEqual([]);
  // Host access stays in Chrome (its content script patterns make every http(s) host
  // "required"); the background drops it where the browser allows, see sync-service.ts.
  expect(await askStore(sync.page, 'sync/status', {})).toEqual({
    state: 'off',
    encrypted: false,
    intervalMinutes: 0,
    pendingChanges: 0,
  });
});

test('the popup shows no sync line until sync is set up, then one that opens the Sync section', async ({
  context,
  extensionId,
  server,
  demo,
  popupFor,
}) => {
  const before = await popupFor(demo.page);
  await before.page.getByRole('link', { name: 'Open the editor' }).waitFor();
  await expect(before.page.getByTestId('sync-line')).toHaveCount(0);

  await grantHostAccess(context, extensionId, LOCAL_SERVER);
  const sync = await SyncSection.open(context, extensionId);
  await sync.fill({ url: folderOf(server.url), user: 'ana', password: PASSWORD });
  await sync.saveAndWait();

  const popup = await popupFor(demo.page);
  await expect(popup.page.getByTestId('sync-line')).toHaveText('Sync: not synced yet');
  const opened = context.waitForEvent('page');
  await popup.page.getByRole('link', { name: 'Sync' }).click();
  const editor = await opened;
  await expect(editor).toHaveURL(/\/options\.html#sync$/);
  await expect(editor.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.getByTestId('sync-status')).toContainText(
    `Syncs with ${folderOf(server.url)} as ana, not encrypted.`,
  );
});
