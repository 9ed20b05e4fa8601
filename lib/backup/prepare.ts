import { planPack } from '@/lib/packs/plan';
import type { Pack } from '@/lib/packs/schema';
import type { PackFile } from '@/lib/packs/pack-set';
import { validatePack, validatePackFiles } from '@/lib/packs/validate';
import { readSettings, writeSettings } from '@/lib/settings';
import type { BackstoryDatabase, StoreWrites } from '@/lib/store';
import { readActorCsv } from './actor-csv';
import { parseJsonText } from './input';
import { sameFieldValue } from '@/lib/merge';
import { parseBackup } from './parse-backup';
import { planActorCsv } from './plan-csv';
import { planBackup } from './plan-backup';
import type { ImportKind, ImportReport } from './report';

/**
 * An import whose file has been read and checked completely. `plan` reads the store and
 * says what to write; it runs inside a transaction, read-only for the preview and again
 * inside the write transaction for the commit.
 */
export interface PreparedImport {
  kind: ImportKind;
  /** For the snapshot list: "before importing the pack “Syria 2016-17”". */
  reason: string;
  plan(db: BackstoryDatabase, now: number): Promise<{ report: ImportReport; writes: StoreWrites }>;
  /** Outside the transaction: settings live in storage.sync, not in IndexedDB. */
  afterCommit?(): Promise<void>;
  /** What the preview adds that is not in the store (the settings a backup would replace). */
  previewExtras?(): Promise<Partial<ImportReport>>;
}

export function prepareImport(kind: ImportKind, text: string): PreparedImport {
  if (kind === 'pack') return preparePack(text);
  if (kind === 'csv') return prepareCsv(text);
  return prepareBackup(text);
}

function preparePack(text: string): PreparedImport {
  return preparedPack(validatePack(parseJsonText(text)));
}

/** The files of a pack set (format 3), each already parsed: checked joined, imported as one pack. */
export function preparePackFiles(files: readonly PackFile[]): PreparedImport {
  return preparedPack(validatePackFiles(files));
}

/** A pack already read and checked (a subscription's download): imported as a pack file is. */
export function preparedPack(pack: Pack): PreparedImport {
  return {
    kind: 'pack',
    reason: `before importing the pack “${pack.name}”`,
    async plan(db, now) {
      const { report, writes } = await planPack(db, pack, now, { bundled: false });
      return { report: { kind: 'pack', ...report }, writes };
    },
  };
}

function prepareCsv(text: string): PreparedImport {
  const rows = readActorCsv(text);
  return {
    kind: 'csv',
    reason: `before importing an actor list of ${rows.length} actor${rows.length === 1 ? '' : 's'}`,
    plan: (db, now) => planActorCsv(db, rows, now),
  };
}

function prepareBackup(text: string): PreparedImport {
  const backup = parseBackup(parseJsonText(text));
  const { version: _version, ...settings } = backup.settings;
  return {
    kind: 'backup',
    reason: `before importing a backup of ${backup.exportedAt.slice(0, 10)}`,
    plan: (db) => planBackup(db, backup),
    afterCommit: async () => {
      await writeSettings(settings);
    },
    previewExtras: async () => ({ settingsChanged: !sameSettings(await readSettings(), backup.settings) }),
  };
}

/** Key by key; lists (sites, kinds) by content. */
function sameSettings(a: object, b: object): boolean {
  const [left, right] = [a as Record<string, unknown>, b as Record<string, unknown>];
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].every((key) =>
    sameFieldValue(left[key], right[key]),
  );
}
