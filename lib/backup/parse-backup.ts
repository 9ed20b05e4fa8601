import * as v from 'valibot';
import { migrateSettings, SETTINGS_VERSION, SettingsSchema, type Settings } from '@/lib/settings';
import { describeIssues, RecordSchemas } from '@/lib/store';
import { legacyHlc } from '@/lib/merge';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupShellSchema,
  RECORD_LISTS,
  type Backup,
  type RecordList,
} from './format';
import { ImportError } from './input';

/** "entities[12] (id "e1")": a record named by its place in the file and by its id. */
export function recordPlace(list: string, index: number, item: unknown): string {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${list}[${index}] (id "${id}")` : `${list}[${index}]`;
}

/**
 * Checks a parsed backup file completely before anything is written: its version, its
 * settings, every record's shape, and that no id appears twice in a list.
 */
export function parseBackup(input: unknown): Backup {
  refuseNewer(input);
  const shell = v.safeParse(BackupShellSchema, input);
  if (!shell.success) throw new ImportError(`Backup refused: ${describeIssues(shell.issues)}`);
  const settings = readBackupSettings(shell.output.settings);
  const lists = Object.fromEntries(
    RECORD_LISTS.map((list) => [list, checkList(list, shell.output[list]).map(withClock)]),
  );
  return { ...shell.output, settings, ...lists } as Backup;
}

/**
 * Settings of this version are checked like records. Older ones are lifted by the settings'
 * own migrations (which accept anything an older Backstory wrote); newer ones cannot be read.
 */
function readBackupSettings(stored: unknown): Settings {
  const version = (stored as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version < SETTINGS_VERSION) return migrateSettings(stored);
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    throw new ImportError(
      `Backup refused: settings: they come from a newer Backstory (settings version ${version}); update Backstory to import them`,
    );
  }
  const parsed = v.safeParse(SettingsSchema, stored);
  if (!parsed.success) throw new ImportError(`Backup refused: settings: ${describeIssues(parsed.issues)}`);
  return parsed.output;
}

/** A record from before sync (a version 1 file) is dated by its last write, from no device in particular. */
function withClock(record: unknown): unknown {
  const stamped = record as { clock?: string; updatedAt?: number; loadedAt?: number; removedAt?: number };
  if (stamped.clock !== undefined) return record;
  const time = stamped.updatedAt ?? Math.max(stamped.loadedAt ?? 0, stamped.removedAt ?? 0);
  return { ...stamped, clock: legacyHlc(time) };
}

function refuseNewer(input: unknown): void {
  if (!input || typeof input !== 'object') return;
  const { format, formatVersion } = input as Record<string, unknown>;
  if (format === BACKUP_FORMAT && typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    throw new ImportError(
      `Backup refused: it was made by a newer Backstory (formatVersion ${formatVersion}; this Backstory ` +
        `reads backup format ${BACKUP_FORMAT_VERSION}). Update Backstory to import it.`,
    );
  }
}

function checkList(list: RecordList, items: unknown[]): unknown[] {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const parsed = v.safeParse(RecordSchemas[list], item);
    if (!parsed.success) {
      throw new ImportError(`Backup refused: ${recordPlace(list, index, item)}: ${describeIssues(parsed.issues)}`);
    }
    const earlier = seen.get(parsed.output.id);
    if (earlier !== undefined) {
      throw new ImportError(
        `Backup refused: ${list}[${index}]: duplicate id "${parsed.output.id}" (also ${list}[${earlier}])`,
      );
    }
    seen.set(parsed.output.id, index);
    return parsed.output;
  });
}

export interface OutsideReference {
  where: string;
  field: string;
  id: string;
}

/** References to entities the file does not hold; the import checks them against the store. */
export function outsideReferences(backup: Backup): OutsideReference[] {
  const ids = new Set(backup.entities.map((entity) => entity.id));
  const found: OutsideReference[] = [];
  const check = (list: RecordList, index: number, record: object, field: string, id: string | undefined) => {
    if (id !== undefined && !ids.has(id)) found.push({ where: recordPlace(list, index, record), field, id });
  };
  backup.entities.forEach((e, i) => check('entities', i, e, 'placeId', e.placeId));
  backup.aliases.forEach((a, i) => check('aliases', i, a, 'entityId', a.entityId));
  backup.facts.forEach((f, i) => check('facts', i, f, 'entityId', f.entityId));
  backup.notes.forEach((n, i) => check('notes', i, n, 'entityId', n.entityId));
  backup.relations.forEach((r, i) => {
    check('relations', i, r, 'fromId', r.fromId);
    check('relations', i, r, 'toId', r.toId);
  });
  return found;
}
