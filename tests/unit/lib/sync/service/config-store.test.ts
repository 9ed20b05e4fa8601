import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetSyncConfig,
  onSyncRecordChanged,
  readSyncConfig,
  readSyncRecord,
  SYNC_CONFIG_KEY,
  SYNC_RECORD_KEY,
  writeSyncConfig,
  writeSyncRecord,
} from '@/lib/sync/service/config-store';
import type { SyncConfig } from '@/lib/sync/service/types';

const CONFIG: SyncConfig = {
  url: 'https://cloud.example.org/remote.php/dav/files/ana/',
  user: 'ana',
  password: 'app-password-1',
  passphrase: 'correct horse battery',
  intervalMinutes: 30,
  deleteShareToConfirm: 0.1,
};

const REPORT = {
  at: 1_700_000_000_000,
  local: { added: 3, updated: 1, removed: 0 },
  sent: 2,
  bytesSent: 900,
  bytesReceived: 4200,
  durationMs: 850,
};

describe('the sync configuration store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was saved, and nothing before that', async () => {
    expect(await readSyncConfig()).toEqual({});
    await writeSyncConfig(CONFIG);
    expect(await readSyncConfig()).toEqual({ config: CONFIG });
  });

  it('keeps the credentials in storage.local only, never in storage.sync', async () => {
    await writeSyncConfig(CONFIG);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain('app-password-1');
  });

  it('refuses to store a configuration that does not pass the schema', async () => {
    await expect(writeSyncConfig({ ...CONFIG, url: 'ftp://cloud.example.org/' })).rejects.toThrow(/Address/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('treats a damaged or newer stored configuration as not configured, says so, and never quotes it', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_CONFIG_KEY]: { version: 1, ...CONFIG, url: 'file:///etc/passwd' } });
    const damaged = await readSyncConfig();
    expect(damaged.config).toBeUndefined();
    expect(damaged.problem).toMatch(/could not be read, so syncing is off/);
    expect(damaged.problem).not.toContain('app-password-1');
    await fakeBrowser.storage.local.set({ [SYNC_CONFIG_KEY]: { version: 2, ...CONFIG } });
    expect((await readSyncConfig()).config).toBeUndefined();
  });

  it('keeps what the last syncs did across a worker restart, and reads a damaged record as empty', async () => {
    await writeSyncRecord({
      lastSyncAt: REPORT.at,
      lastRun: REPORT,
      lastError: 'Wrong user or password.',
      waitsForReader: true,
    });
    expect(await readSyncRecord()).toEqual({
      lastSyncAt: REPORT.at,
      lastRun: REPORT,
      lastError: 'Wrong user or password.',
      waitsForReader: true,
    });
    await fakeBrowser.storage.local.set({ [SYNC_RECORD_KEY]: { lastSyncAt: 'yesterday' } });
    expect(await readSyncRecord()).toEqual({});
  });

  it('forgets the configuration and the record together, leaving the rest of storage.local', async () => {
    await fakeBrowser.storage.local.set({ other: 1 });
    await writeSyncConfig(CONFIG);
    await writeSyncRecord({ lastSyncAt: 1 });
    await forgetSyncConfig();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
  });

  it('tells listeners when a sync recorded its outcome', async () => {
    let told = 0;
    const stop = onSyncRecordChanged(() => (told += 1));
    await writeSyncRecord({ lastSyncAt: 1 });
    await fakeBrowser.storage.local.set({ unrelated: true });
    stop();
    await writeSyncRecord({ lastSyncAt: 2 });
    expect(told).toBe(1);
  });
});
