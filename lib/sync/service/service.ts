import { browser } from 'wxt/browser';
import {
  forgetSyncConfig,
  readSyncConfig,
  readSyncRecord,
  writeSyncConfig,
  writeSyncRecord,
  type SyncRecord,
} from './config-store';
import { completeConfig, originPattern, type SyncSettingsParsed } from './config';
import type { ConnectionTest, SyncConfig, SyncState, SyncStatus } from './types';
import { SyncRunner, type SyncRunnerDeps } from './runner';
import { applySchedule, nextSyncAt } from './scheduler';
import { failureText, noPermissionText, redact } from './failure-text';
import { hasOriginPermission } from './host-permission';

/**
 * The background's side of sync: the saved configuration, the schedule, the runs and the
 * status the editor and popup show. No answer carries the password or the passphrase.
 */
export class SyncService {
  private readonly runner: SyncRunner;

  constructor(private readonly deps: SyncRunnerDeps) {
    this.runner = new SyncRunner(deps);
  }

  /** At worker start: bring back an alarm the browser dropped at a restart. */
  async resumeSchedule(): Promise<void> {
    const [{ config }, record] = [await readSyncConfig(), await readSyncRecord()];
    await applySchedule(config, record.waitsForReader ?? false);
  }

  /** From the alarm; a sync already running absorbs it. */
  scheduled(): Promise<void> {
    return this.runner.run();
  }

  async status(): Promise<SyncStatus> {
    const [stored, record] = [await readSyncConfig(), await readSyncRecord()];
    if (!stored.config) {
      return { state: 'off', encrypted: false, intervalMinutes: 0, pendingChanges: 0, lastError: stored.problem };
    }
    const { url, user, passphrase, intervalMinutes, deleteShareToConfirm } = stored.config;
    return {
      state: this.stateOf(record),
      url,
      user,
      encrypted: Boolean(passphrase),
      intervalMinutes,
      deleteShareToConfirm,
      lastSyncAt: record.lastSyncAt,
      lastRun: record.lastRun,
      lastError: record.lastError,
      pending: record.pending,
      waitsForReader: record.waitsForReader,
      nextSyncAt: await nextSyncAt(),
      pendingChanges: await this.deps.engine().pendingChanges(),
    };
  }

  async test(settings: SyncSettingsParsed): Promise<ConnectionTest> {
    const config = completeConfig(settings, (await readSyncConfig()).config);
    if (!(await hasOriginPermission(config.url))) return { ok: false, message: noPermissionText(config.url) };
    try {
      const result = await this.deps.engine().test(config);
      return { ...result, message: redact(result.message, config) };
    } catch (error) {
      return { ok: false, message: failureText(error, config) };
    }
  }

  /** Saves only with the host permission already granted (the editor asks for it on the reader's click). */
  async configure(settings: SyncSettingsParsed): Promise<SyncStatus> {
    const saved = (await readSyncConfig()).config;
    const config = completeConfig(settings, saved);
    if (!(await hasOriginPermission(config.url))) throw new Error(noPermissionText(config.url));
    await writeSyncConfig(config);
    this.runner.configurationChanged();
    await writeSyncRecord(carriedRecord(await readSyncRecord(), saved, config));
    await applySchedule(config, false);
    return this.status();
  }

  async now(): Promise<SyncStatus> {
    await this.configured();
    await this.runner.run();
    return this.status();
  }

  async confirm(): Promise<SyncStatus> {
    await this.configured();
    const { pending } = await readSyncRecord();
    if (!pending) throw new Error('No sync is waiting for your answer.');
    await this.runner.run(pending);
    return this.status();
  }

  async discard(): Promise<SyncStatus> {
    const record = await readSyncRecord();
    await writeSyncRecord({ ...record, pending: undefined });
    return this.status();
  }

  /** Removes the settings, the record, the alarm and the host access; the store keeps everything it holds. */
  async forget(): Promise<SyncStatus> {
    const { config } = await readSyncConfig();
    this.runner.configurationChanged();
    await forgetSyncConfig();
    await applySchedule(undefined, false);
    if (config) await dropOriginPermission(config.url);
    return this.status();
  }

  private async configured(): Promise<SyncConfig> {
    const stored = await readSyncConfig();
    if (!stored.config)
      throw new Error(stored.problem ?? 'Sync is not set up: enter a WebDAV folder in the Sync section first.');
    return stored.config;
  }

  private stateOf(record: SyncRecord): SyncState {
    if (this.runner.running) return 'syncing';
    if (record.pending) return 'waiting-for-confirmation';
    return record.lastError ? 'error' : 'idle';
  }
}

/**
 * After saving: the history stays with the same folder; a new folder starts without it. Any
 * failure or preview belonged to the old settings, so it goes.
 */
function carriedRecord(record: SyncRecord, saved: SyncConfig | undefined, config: SyncConfig): SyncRecord {
  if (!saved || saved.url !== config.url) return {};
  return { lastSyncAt: record.lastSyncAt, lastRun: record.lastRun };
}

/**
 * Host access is only for syncing, so it goes with the settings where the browser lets it go.
 * Chrome refuses ("You cannot remove required permissions") for any host the content
 * script's match patterns also cover, which is every http(s) host; the access then stays
 * until the reader removes it in the browser's extension settings. The credentials are gone
 * either way, and without settings nothing syncs, so the refusal changes nothing here.
 */
async function dropOriginPermission(url: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(url)] }).catch(() => false);
}
