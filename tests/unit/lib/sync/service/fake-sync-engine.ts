import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RunOutcome, SyncEngine, SyncRunOptions } from '@/lib/sync/service/sync-engine';
import type { ConnectionTest, SyncConfig, SyncRunReport } from '@/lib/sync/service/types';

export const REPORT: SyncRunReport = {
  at: 1_700_000_000_000,
  local: { added: 2, updated: 1, removed: 0 },
  sent: 4,
  bytesSent: 2048,
  bytesReceived: 8192,
  durationMs: 640,
};

/**
 * A stand-in for the sync engine: each run answers the next queued outcome (or throws the
 * next queued error), and can be held open to see what arrives while it runs.
 */
export class FakeSyncEngine implements SyncEngine {
  readonly runs: { config: SyncConfig; options: SyncRunOptions }[] = [];
  readonly tests: SyncConfig[] = [];
  outcomes: (RunOutcome | Error)[] = [];
  testAnswer: ConnectionTest | Error = { ok: true, message: 'Reached the folder: it holds no Backstory sync yet.' };
  pending = 7;
  private gate?: Promise<void>;
  private openGate?: () => void;

  /** Runs started from now on wait until `release()`. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  release(): void {
    this.openGate?.();
    this.gate = undefined;
  }

  async test(config: SyncConfig): Promise<ConnectionTest> {
    this.tests.push(config);
    if (this.testAnswer instanceof Error) throw this.testAnswer;
    return this.testAnswer;
  }

  async run(config: SyncConfig, options: SyncRunOptions): Promise<RunOutcome> {
    this.runs.push({ config, options });
    await this.gate;
    const next = this.outcomes.shift() ?? { report: REPORT };
    if (next instanceof Error) throw next;
    return next;
  }

  async pendingChanges(): Promise<number> {
    return this.pending;
  }
}

/** The browser's host access, as the reader granted it in the permission prompt. */
export function hostAccess(granted: Set<string>): void {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((o) => granted.has(o)),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    origins.forEach((o) => granted.delete(o));
    return true;
  });
}
