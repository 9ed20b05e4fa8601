import { describe, expect, it } from 'vitest';
import {
  agoText,
  changesText,
  compactSyncText,
  lastSyncText,
  moreNamesText,
  pendingChangesText,
  previewText,
  remoteText,
  scheduleText,
} from '@/components/sync/status-text';
import type { PendingSync, SyncStatus } from '@/lib/sync/service/types';

const NOW = Date.UTC(2026, 2, 12, 14, 0);
const STATUS: SyncStatus = {
  state: 'idle',
  url: 'https://cloud.example.org/dav/',
  user: 'ana',
  encrypted: false,
  intervalMinutes: 30,
  pendingChanges: 0,
};

describe('the words of the Sync section', () => {
  it('say how long ago, as a reader would', () => {
    expect(agoText(NOW - 20_000, NOW)).toBe('just now');
    expect(agoText(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(agoText(NOW - 60 * 60_000, NOW)).toBe('1 hour ago');
    expect(agoText(NOW - 3 * 86_400_000, NOW)).toBe('3 days ago');
  });

  it('say what the last sync changed here, leaving out what did not happen', () => {
    expect(changesText({ added: 3, updated: 0, removed: 1 })).toBe('3 added, 1 removed');
    expect(changesText({ added: 0, updated: 0, removed: 0 })).toBe('nothing changed');
    const run = {
      at: NOW - 120_000,
      local: { added: 1200, updated: 1, removed: 0 },
      sent: 1,
      bytesSent: 1,
      bytesReceived: 1,
      durationMs: 1,
    };
    expect(lastSyncText({ ...STATUS, lastSyncAt: run.at, lastRun: run }, NOW)).toMatch(
      /^Last synced 2 minutes ago \(.+\): 1,200 added, 1 updated here, 1 record sent\.$/,
    );
    expect(lastSyncText(STATUS, NOW)).toBe('Not synced yet.');
  });

  it('say what waits to be sent', () => {
    expect(pendingChangesText(0)).toBe('Everything written here has been sent.');
    expect(pendingChangesText(1)).toBe('1 change made here waits for the next sync.');
    expect(pendingChangesText(12)).toBe('12 changes made here wait for the next sync.');
  });

  it('say when the next sync comes, or why none will', () => {
    expect(scheduleText({ ...STATUS, intervalMinutes: 0 })).toBe('Syncs only when you press Sync now.');
    expect(scheduleText({ ...STATUS, waitsForReader: true })).toMatch(
      /^Scheduled syncs are paused until you correct the settings/,
    );
    expect(scheduleText({ ...STATUS, nextSyncAt: NOW })).toMatch(/^Syncs every 30 minutes; next around \d\d:\d\d\.$/);
  });

  it('preview a first sync and a large delete, with the names beyond the list counted', () => {
    const first: PendingSync = {
      reason: 'first-sync',
      changes: { added: 120, updated: 5, removed: 3 },
      removedNames: [],
      removedTotal: 3,
    };
    expect(previewText(first, 0.1)).toBe(
      'First sync with a remote that already holds a store: adds 120, updates 5, removes 3.',
    );
    const large: PendingSync = {
      reason: 'large-delete',
      changes: { added: 0, updated: 0, removed: 80 },
      removedNames: ['Lavrov', 'Zarif'],
      removedTotal: 80,
    };
    expect(previewText(large, 0.1)).toBe(
      'This sync would remove 80 records (entities, notes, facts…), more than 10% of your store: adds 0, updates 0, removes 80.',
    );
    expect(moreNamesText(large)).toBe('and 78 more');
    expect(moreNamesText({ ...large, removedTotal: 2 })).toBeUndefined();
  });

  it('say what a tested folder holds', () => {
    expect(remoteText({ exists: false, encrypted: false, devices: 0 })).toBe(
      'The folder holds no Backstory sync yet: the first sync will start one.',
    );
    expect(remoteText({ exists: true, encrypted: true, devices: 2 })).toBe(
      'The folder holds a Backstory sync from 2 browsers, encrypted: every browser needs the same passphrase.',
    );
  });

  it('fit the popup’s line', () => {
    expect(compactSyncText({ ...STATUS, lastSyncAt: NOW - 5 * 60_000, pendingChanges: 3 }, NOW)).toBe(
      'synced 5 minutes ago · 3 changes waiting',
    );
    expect(compactSyncText({ ...STATUS, state: 'syncing' }, NOW)).toBe('syncing now');
  });
});
