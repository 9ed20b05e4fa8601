import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM } from '@/lib/sync/service/scheduler';
import { SyncService } from '@/lib/sync/service/service';
import { SYNC_CONFIG_KEY } from '@/lib/sync/service/config-store';
import { RemoteError } from '@/lib/sync/remote';
import { SyncFileError } from '@/lib/sync/file-format/file-error';
import { NeedsReaderError } from '@/lib/sync/service/sync-engine';
import type { SyncSettingsParsed } from '@/lib/sync/service/config';
import type { PendingSync } from '@/lib/sync/service/types';
import { FakeSyncEngine, hostAccess, REPORT } from './fake-sync-engine';

const SETTINGS: SyncSettingsParsed = {
  url: 'https://cloud.example.org/remote.php/dav/files/ana/',
  user: 'ana',
  password: 'app-password-1',
  passphrase: '',
  intervalMinutes: 30,
  deleteShareToConfirm: 0.1,
};
const ORIGIN = 'https://cloud.example.org/*';
const FIRST_SYNC: PendingSync = {
  reason: 'first-sync',
  changes: { added: 120, updated: 5, removed: 3 },
  removedNames: ['Lavrov'],
  removedTotal: 3,
};

let engine: FakeSyncEngine;
let granted: Set<string>;
let storeChanges: number;
let sync: SyncService;

async function alarms(): Promise<string[]> {
  return (await fakeBrowser.alarms.getAll()).map((alarm) => `${alarm.name} every ${alarm.periodInMinutes} min`);
}

describe('the background’s sync service', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    engine = new FakeSyncEngine();
    granted = new Set([ORIGIN]);
    hostAccess(granted);
    storeChanges = 0;
    sync = new SyncService({ engine: () => engine, storeChanged: () => (storeChanges += 1) });
  });
  afterEach(() => vi.restoreAllMocks());

  it('is off until configured', async () => {
    expect(await sync.status()).toEqual({ state: 'off', encrypted: false, intervalMinutes: 0, pendingChanges: 0 });
    await expect(sync.now()).rejects.toThrow('Sync is not set up: enter a WebDAV folder in the Sync section first.');
  });

  it('saves settings and schedules syncs, and its status shows the address but no secret', async () => {
    const status = await sync.configure({ ...SETTINGS, passphrase: 'correct horse battery' });
    expect(status).toMatchObject({
      state: 'idle',
      url: SETTINGS.url,
      user: 'ana',
      encrypted: true,
      intervalMinutes: 30,
      pendingChanges: 7,
    });
    expect(status.nextSyncAt).toBeGreaterThan(Date.now());
    expect(JSON.stringify(status)).not.toMatch(/app-password-1|correct horse/);
    expect(await alarms()).toEqual([`${SYNC_ALARM} every 30 min`]);
  });

  it('refuses to save settings for a server it has no access to, and stores nothing', async () => {
    granted.clear();
    await expect(sync.configure(SETTINGS)).rejects.toThrow(/not allowed to reach cloud\.example\.org/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('syncs now, records what it did and tells open tabs the store changed', async () => {
    await sync.configure(SETTINGS);
    const status = await sync.now();
    expect(status).toMatchObject({ state: 'idle', lastSyncAt: REPORT.at, lastRun: REPORT });
    const { passphrase: _none, ...config } = SETTINGS;
    expect(engine.runs).toEqual([{ config, options: {} }]);
    expect(storeChanges).toBe(1);
  });

  it('runs one sync at a time: a second request and the alarm join the one running', async () => {
    await sync.configure(SETTINGS);
    engine.hold();
    const first = sync.now();
    const second = sync.now();
    const fromAlarm = sync.scheduled();
    await vi.waitFor(() => expect(engine.runs).toHaveLength(1));
    expect((await sync.status()).state).toBe('syncing');
    engine.release();
    await Promise.all([first, second, fromAlarm]);
    expect(engine.runs).toHaveLength(1);
    expect((await sync.status()).state).toBe('idle');
  });

  it('after wrong credentials, says so and stops the schedule until the reader acts', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [new RemoteError('auth', 'The server refused the user or app password (401).', 401)];
    const status = await sync.now();
    expect(status).toMatchObject({
      state: 'error',
      lastError: 'The server refused the user or app password (401).',
      waitsForReader: true,
    });
    expect(status.nextSyncAt).toBeUndefined();
    expect(await alarms()).toEqual([]);
    await sync.scheduled();
    const fixed = await sync.now();
    expect(fixed).toMatchObject({ state: 'idle', lastSyncAt: REPORT.at });
    expect(fixed.lastError).toBeUndefined();
    expect(await alarms()).toEqual([`${SYNC_ALARM} every 30 min`]);
  });

  it('after a server that is not WebDAV or a remote from a newer Backstory, also waits for the reader', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [new RemoteError('not-webdav', 'The address answers with a web page, not a WebDAV folder.')];
    expect(await sync.now()).toMatchObject({ waitsForReader: true });
    engine.outcomes = [new NeedsReaderError('The remote was written by a newer Backstory; update this one to sync.')];
    expect(await sync.now()).toMatchObject({
      waitsForReader: true,
      lastError: expect.stringMatching(/newer Backstory/),
    });
  });

  it('tells a file the server holds past its cap (the reader’s to fix) from one that unpacks too large (next alarm)', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [new RemoteError('too-large', 'A file on the server is over 50 MB.')];
    expect(await sync.now()).toMatchObject({ waitsForReader: true });
    engine.outcomes = [new SyncFileError('too-large', 'A sync file unpacks to more than 200 MB.')];
    const unpacked = await sync.now();
    expect(unpacked).toMatchObject({ state: 'error', lastError: 'A sync file unpacks to more than 200 MB.' });
    expect(unpacked.waitsForReader).toBeUndefined();
    expect(await alarms()).toEqual([`${SYNC_ALARM} every 30 min`]);
    engine.outcomes = [new SyncFileError('wrong-passphrase', 'This passphrase does not open the remote’s sync.')];
    expect(await sync.now()).toMatchObject({ waitsForReader: true, lastError: expect.stringMatching(/passphrase/) });
    expect(await alarms()).toEqual([]);
  });

  it('after a server error, keeps the schedule: the next try is the next alarm, not a retry loop', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [new RemoteError('server', 'The server failed (500) three times.', 500)];
    const status = await sync.now();
    expect(status).toMatchObject({ state: 'error', lastError: 'The server failed (500) three times.' });
    expect(status.waitsForReader).toBeUndefined();
    expect(engine.runs).toHaveLength(1);
    expect(await alarms()).toEqual([`${SYNC_ALARM} every 30 min`]);
  });

  it('refuses to sync to a server whose access the reader took back, without calling the engine', async () => {
    await sync.configure(SETTINGS);
    granted.clear();
    const status = await sync.now();
    expect(status.lastError).toBe(
      'Backstory is not allowed to reach cloud.example.org. Save the sync settings again in the editor and allow access when the browser asks.',
    );
    expect(status.waitsForReader).toBe(true);
    expect(engine.runs).toEqual([]);
  });

  it('stops before a first sync with a filled remote, and applies exactly the preview the reader accepted', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [{ pending: FIRST_SYNC }];
    expect(await sync.now()).toMatchObject({ state: 'waiting-for-confirmation', pending: FIRST_SYNC });
    expect(storeChanges).toBe(0);
    const applied = await sync.confirm();
    expect(engine.runs[1]?.options).toEqual({ confirmed: FIRST_SYNC });
    expect(applied.state).toBe('idle');
    expect(applied.pending).toBeUndefined();
  });

  it('drops a preview on "Not now", and refuses a confirmation nothing waits for', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [{ pending: FIRST_SYNC }];
    await sync.now();
    expect(await sync.discard()).toMatchObject({ state: 'idle', pending: undefined });
    await expect(sync.confirm()).rejects.toThrow('No sync is waiting for your answer.');
  });

  it('hands the engine the preview the reader saw, after a sync already running, rather than joining it', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [{ pending: FIRST_SYNC }];
    await sync.now();
    engine.hold();
    const scheduled = sync.scheduled();
    await vi.waitFor(() => expect(engine.runs).toHaveLength(2));
    const applied = sync.confirm();
    engine.release();
    await Promise.all([scheduled, applied]);
    expect(engine.runs.map((run) => run.options)).toEqual([{}, {}, { confirmed: FIRST_SYNC }]);
  });

  it('keeps a "Not now" answered while a sync runs, even when that sync fails', async () => {
    await sync.configure(SETTINGS);
    engine.outcomes = [{ pending: FIRST_SYNC }];
    await sync.now();
    engine.hold();
    engine.outcomes = [new RemoteError('network', 'The server did not answer.')];
    const running = sync.scheduled();
    await vi.waitFor(() => expect(engine.runs).toHaveLength(2));
    await sync.discard();
    engine.release();
    await running;
    expect(await sync.status()).toMatchObject({
      state: 'error',
      pending: undefined,
      lastError: 'The server did not answer.',
    });
  });

  it('keeps a secret out of the status even when an error quotes it', async () => {
    await sync.configure({ ...SETTINGS, passphrase: 'correct horse battery' });
    const basic = btoa('ana:app-password-1');
    engine.outcomes = [new Error(`Server said: bad header Basic ${basic} for app-password-1 / correct horse battery`)];
    const status = await sync.now();
    expect(status.lastError).toBe('Server said: bad header Basic ••• for ••• / •••');
    expect(JSON.stringify(await fakeBrowser.storage.local.get('syncRecord'))).not.toMatch(
      /app-password-1|correct horse|YW5h/,
    );
  });

  it('tests unsaved settings with the saved password, and says when access is missing', async () => {
    await sync.configure(SETTINGS);
    expect(await sync.test({ ...SETTINGS, password: '', intervalMinutes: 60 })).toEqual(engine.testAnswer);
    expect(engine.tests[0]?.password).toBe('app-password-1');
    expect(await sync.test({ ...SETTINGS, url: 'https://other.example.net/dav/', password: 'other-password' })).toEqual(
      { ok: false, message: expect.stringMatching(/not allowed to reach other\.example\.net/) },
    );
  });

  it('answers a test that throws with the reason in words', async () => {
    engine.testAnswer = new RemoteError(
      'redirect',
      'The server sent us to another host (login.example.com); Backstory does not follow it with your password.',
    );
    expect(await sync.test(SETTINGS)).toEqual({
      ok: false,
      message: expect.stringMatching(/^The server sent us to another host/),
    });
  });

  it('forgets everything on "Stop syncing": settings, record, alarm and host access, but not the store', async () => {
    await sync.configure(SETTINGS);
    await sync.now();
    expect(await sync.forget()).toEqual({ state: 'off', encrypted: false, intervalMinutes: 0, pendingChanges: 0 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await alarms()).toEqual([]);
    expect(granted.has(ORIGIN)).toBe(false);
  });

  it('records nothing from a sync that was running when the reader forgot the settings', async () => {
    await sync.configure(SETTINGS);
    engine.hold();
    const running = sync.now();
    await vi.waitFor(() => expect(engine.runs).toHaveLength(1));
    await sync.forget();
    engine.release();
    await running;
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('brings back an alarm the browser dropped at a restart', async () => {
    await sync.configure(SETTINGS);
    await fakeBrowser.alarms.clearAll();
    await sync.resumeSchedule();
    expect(await alarms()).toEqual([`${SYNC_ALARM} every 30 min`]);
  });

  it('shows damaged stored settings as off, with the reason', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_CONFIG_KEY]: { version: 1, url: 'gopher://x' } });
    expect(await sync.status()).toMatchObject({ state: 'off', lastError: expect.stringMatching(/could not be read/) });
  });
});
