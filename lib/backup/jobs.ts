import { dropSnapshot, takeSnapshot } from './snapshots';
import {
  applyWritesInBatches,
  type BackstoryDatabase,
  backupTables,
  CancelledError,
  countWrites,
  currentMark,
  NotFoundError,
  type StampStep,
  type StoreWrites,
  type WriteMark,
} from '@/lib/store';
import type { PackFile } from '@/lib/packs/pack-set';
import type { Pack } from '@/lib/packs/schema';
import { ImportError, parseJsonText } from './input';
import { prepareImport, preparedPack, preparePackFiles, type PreparedImport } from './prepare';
import type { ImportKind, ImportReport } from './report';

export type ImportPhase = 'ready' | 'snapshot' | 'writing' | 'settings' | 'done' | 'cancelled' | 'failed';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface CommittedImport extends ImportReport {
  /** The snapshot taken just before: restoring it undoes the import. */
  snapshotId: string;
}

/** Hears how a commit's planned writes ended. */
export interface PlannedWritesWatcher {
  /** Every batch is in; `stamps` are each matchable batch's stamps (applyWritesInBatches). */
  written(stamps: readonly StampStep[]): void;
  /** Cancelled or failed: what was written was taken back. */
  undone(): void;
}

export interface ImportJobsOptions {
  /** A job not committed within this time is forgotten (with the file it holds). */
  ttlMs?: number;
  chunkSize?: number;
  snapshotsKept?: number;
  clock?: () => number;
  /**
   * Told what a commit will write, planned at the commit and under which mark, before its batches
   * begin (minutes, for 100,000 actors), and then how they ended. The background's mention index
   * hears of an import's writes only here: it previews the store as it will be, so the first page
   * after the import is marked with its names at once (issue 16).
   */
  planned?: (writes: StoreWrites, mark: WriteMark | undefined) => PlannedWritesWatcher;
}

interface Job {
  id: string;
  prepared: PreparedImport;
  preview: ImportReport;
  progress: ImportProgress;
  controller: AbortController;
  touchedAt: number;
}

const MAX_WAITING_JOBS = 3;
/** A pack set of 100,000 Wikidata actors is about 80 MB of JSON in 20 files; a set past this is refused. */
export const MAX_STAGED_CHARS = 250 * 1024 * 1024;
const MB = 1024 * 1024;

interface StagedFile extends PackFile {
  chars: number;
  stagedAt: number;
}
const BUSY: readonly ImportPhase[] = ['snapshot', 'writing', 'settings'];

/**
 * Imports in two steps, so the editor can show a preview, then a progress bar with a
 * cancel button. A message cannot stream, so the editor polls `progress` while `commit`
 * runs. A cancel or a failed write takes back what was written; the snapshot taken first
 * stays in the list only when the import went in.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly staged = new Map<string, StagedFile>();
  private counter = 0;

  constructor(
    private readonly db: BackstoryDatabase,
    private readonly options: ImportJobsOptions = {},
  ) {}

  private now(): number {
    return this.options.clock?.() ?? Date.now();
  }

  /** Reads and checks the whole file and previews it; nothing is written. */
  async start(kind: ImportKind, text: string): Promise<{ jobId: string; preview: ImportReport }> {
    this.sweep(1);
    return this.open(prepareImport(kind, text));
  }

  /** A pack read and checked elsewhere (a subscribed address's download), previewed as `start` previews a file. */
  async startPack(pack: Pack): Promise<{ jobId: string; preview: ImportReport }> {
    this.sweep(1);
    return this.open(preparedPack(pack));
  }

  /**
   * Parses one file of a pack set and holds it for `startSet`: a message carries one file of a few
   * megabytes, where the whole set (80 MB for 100,000 actors) would pass Chrome's 64 MB message limit.
   */
  stage(name: string, text: string): { stagedId: string } {
    this.sweep();
    const held = [...this.staged.values()].reduce((sum, file) => sum + file.chars, 0);
    if (held + text.length > MAX_STAGED_CHARS) {
      throw new ImportError(
        `These files are more than ${String(MAX_STAGED_CHARS / MB)} MB together; Backstory imports packs up to that size`,
      );
    }
    const json = parseJsonText(text);
    this.counter += 1;
    const stagedId = `staged-${String(this.now())}-${String(this.counter)}`;
    this.staged.set(stagedId, { name, json, chars: text.length, stagedAt: this.now() });
    return { stagedId };
  }

  /** The staged files checked as one pack set and previewed, as `start` does for one file; they are let go. */
  async startSet(stagedIds: readonly string[]): Promise<{ jobId: string; preview: ImportReport }> {
    this.sweep(1);
    const files = stagedIds.map((id) => {
      const file = this.staged.get(id);
      if (!file)
        throw new NotFoundError(`A file of this import waited too long or was already used; choose the files again`);
      return file;
    });
    for (const id of stagedIds) this.staged.delete(id);
    return this.open(preparePackFiles(files));
  }

  private async open(prepared: PreparedImport): Promise<{ jobId: string; preview: ImportReport }> {
    const now = this.now();
    const planned = await this.db.transaction('r', backupTables(this.db), async () => prepared.plan(this.db, now));
    const preview = { ...planned.report, ...(await prepared.previewExtras?.()) };
    const total = countWrites(planned.writes);
    this.counter += 1;
    const id = `import-${now}-${this.counter}`;
    const job: Job = {
      id,
      prepared,
      preview,
      progress: { phase: 'ready', done: 0, total },
      controller: new AbortController(),
      touchedAt: now,
    };
    this.jobs.set(id, job);
    return { jobId: id, preview };
  }

  progress(jobId: string): ImportProgress {
    return { ...this.job(jobId).progress };
  }

  async commit(jobId: string): Promise<CommittedImport> {
    const job = this.job(jobId);
    if (job.progress.phase !== 'ready') throw new Error(`This import is already ${job.progress.phase}`);
    if ([...this.jobs.values()].some((other) => BUSY.includes(other.progress.phase))) {
      throw new Error('Another import is being written; try again when it has finished');
    }
    job.progress.phase = 'snapshot';
    const snapshot = await takeSnapshot(this.db, job.prepared.reason, { keep: this.options.snapshotsKept });
    let report: ImportReport;
    try {
      report = await this.write(job);
    } catch (error) {
      const cancelled = error instanceof CancelledError;
      job.progress.phase = cancelled ? 'cancelled' : 'failed';
      await dropSnapshot(this.db, snapshot.id);
      throw cancelled ? new Error('Import cancelled: nothing was written') : error;
    }
    job.progress.phase = 'settings';
    try {
      await job.prepared.afterCommit?.();
    } catch (error) {
      job.progress.phase = 'failed';
      throw new Error(`The records were imported, but the settings could not be written: ${(error as Error).message}`);
    }
    job.progress.phase = 'done';
    return { ...job.preview, ...report, snapshotId: snapshot.id };
  }

  /**
   * Planned again at commit (an edit made since the preview still wins), then written in
   * transactions of about 1,000 records, so that the editor's lists and the open tabs are read
   * while a 100,000-actor pack goes in; a cancel or a failure takes every batch back.
   */
  private async write(job: Job): Promise<ImportReport> {
    const now = this.now();
    const { signal } = job.controller;
    if (signal.aborted) throw new CancelledError();
    const { report, writes, mark } = await this.db.transaction('r', backupTables(this.db), async () => {
      const plan = await job.prepared.plan(this.db, now);
      return { ...plan, mark: currentMark() };
    });
    job.progress = { phase: 'writing', done: 0, total: countWrites(writes) };
    const onProgress = (done: number) => {
      job.progress.done = done;
    };
    const watcher = this.options.planned?.(writes, mark);
    let stamps: StampStep[];
    try {
      stamps = await applyWritesInBatches(this.db, writes, {
        signal,
        onProgress,
        chunkSize: this.options.chunkSize,
        mark,
      });
    } catch (error) {
      watcher?.undone();
      throw error;
    }
    watcher?.written(stamps);
    return report;
  }

  /** Before commit: forgets the job. During: aborts the transaction. After: too late (restore the snapshot). */
  cancel(jobId: string): { cancelled: boolean } {
    const job = this.job(jobId);
    if (job.progress.phase === 'ready') {
      this.jobs.delete(jobId);
      return { cancelled: true };
    }
    if (['snapshot', 'writing'].includes(job.progress.phase)) {
      job.controller.abort();
      return { cancelled: true };
    }
    return { cancelled: false };
  }

  private job(jobId: string): Job {
    this.sweep();
    const job = this.jobs.get(jobId);
    if (!job)
      throw new NotFoundError(`No import "${jobId}": it finished, was cancelled or waited too long; start it again`);
    job.touchedAt = this.now();
    return job;
  }

  /** Jobs hold whole files in memory: old and surplus ones go, never one being written. */
  private sweep(room = 0): void {
    const ttl = this.options.ttlMs ?? 10 * 60_000;
    const idle = [...this.jobs.values()].filter((job) => !BUSY.includes(job.progress.phase));
    const expired = idle.filter((job) => this.now() - job.touchedAt > ttl);
    const waiting = idle.filter((job) => job.progress.phase === 'ready' && !expired.includes(job));
    const surplus = waiting.slice(0, Math.max(0, waiting.length + room - MAX_WAITING_JOBS));
    for (const job of [...expired, ...surplus]) this.jobs.delete(job.id);
    for (const [id, file] of this.staged) if (this.now() - file.stagedAt > ttl) this.staged.delete(id);
  }
}
