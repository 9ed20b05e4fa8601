import * as v from 'valibot';
import { describeIssues, RecordSchemas } from '@/lib/store';
import { SyncFileError } from './file-error';
import { decodeHlc, isDeviceId, SYNCED_FIELDS, SYNCED_TABLES, type SyncedRecord, type SyncedTable } from '@/lib/merge';
import type { SyncRecords } from '../replica';

/**
 * What chunk and snapshot files hold once decoded. Every record is checked like a backup's
 * (the same strict schemas) and must carry its clocks; a file that fails is refused whole.
 */
export const CHUNK_FORMAT = 'backstory-sync-chunk';
export const SNAPSHOT_FORMAT = 'backstory-sync-snapshot';
export const PAYLOAD_VERSION = 1;

export interface Chunk {
  format: typeof CHUNK_FORMAT;
  version: typeof PAYLOAD_VERSION;
  device: string;
  seq: number;
  writtenAt: number;
  records: SyncRecords;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof PAYLOAD_VERSION;
  device: string;
  writtenAt: number;
  /** For each device, the last chunk whose records this snapshot holds. */
  covers: Record<string, number>;
  records: SyncRecords;
}

const Device = v.custom<string>(isDeviceId, 'must be a device id');
const Seq = v.pipe(v.number(), v.integer(), v.minValue(1));
const Records = v.strictObject(
  Object.fromEntries(SYNCED_TABLES.map((table) => [table, v.optional(v.array(v.unknown()))])) as Record<
    SyncedTable,
    v.OptionalSchema<v.ArraySchema<v.UnknownSchema, undefined>, undefined>
  >,
);

const ChunkSchema = v.strictObject({
  format: v.literal(CHUNK_FORMAT),
  version: v.literal(PAYLOAD_VERSION),
  device: Device,
  seq: Seq,
  writtenAt: v.number(),
  records: Records,
});
const SnapshotSchema = v.strictObject({
  format: v.literal(SNAPSHOT_FORMAT),
  version: v.literal(PAYLOAD_VERSION),
  device: Device,
  writtenAt: v.number(),
  covers: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9]{1,32}$/, 'must be a device id')), Seq),
  records: Records,
});

export function parseChunk(
  value: unknown,
  path: string,
  expected: { device: string; seq: number },
  now = Date.now(),
): Chunk {
  const chunk = parseShell(ChunkSchema, CHUNK_FORMAT, value, path) as Chunk;
  if (chunk.device !== expected.device || chunk.seq !== expected.seq) {
    throw new SyncFileError(
      'corrupt',
      `${path} claims to be chunk ${chunk.seq} of device ${chunk.device}; it was refused`,
    );
  }
  return { ...chunk, records: parseRecords(chunk.records, path, now) };
}

export function parseSnapshot(value: unknown, path: string, now = Date.now()): Snapshot {
  const snapshot = parseShell(SnapshotSchema, SNAPSHOT_FORMAT, value, path) as Snapshot;
  return { ...snapshot, records: parseRecords(snapshot.records, path, now) };
}

function parseShell(schema: v.GenericSchema, format: string, value: unknown, path: string): unknown {
  const version = (value as { version?: unknown } | null)?.version;
  if (
    (value as { format?: unknown } | null)?.format === format &&
    typeof version === 'number' &&
    version > PAYLOAD_VERSION
  ) {
    throw new SyncFileError(
      'newer-version',
      `${path} was written by a newer Backstory (version ${version}); update Backstory on this browser to sync`,
    );
  }
  const parsed = v.safeParse(schema, value);
  if (!parsed.success)
    throw new SyncFileError(
      'corrupt',
      `${path} is not a valid Backstory sync file (${describeIssues(parsed.issues)}); it was refused`,
    );
  return parsed.output;
}

/** A browser whose clock runs a few days fast still syncs; one set years ahead does not. */
const FUTURE_TOLERANCE_MS = 30 * 24 * 3600 * 1000;

function parseRecords(records: Record<string, unknown[] | undefined>, path: string, now: number): SyncRecords {
  const checked: SyncRecords = {};
  for (const table of SYNCED_TABLES) {
    const list = records[table];
    if (list)
      checked[table] = list.map((record, index) => parseRecord(table, record, `${path}: ${table}[${index}]`, now));
  }
  return checked;
}

function parseRecord(table: SyncedTable, record: unknown, where: string, now: number): SyncedRecord {
  const parsed = v.safeParse(RecordSchemas[table], record);
  if (!parsed.success)
    throw new SyncFileError('corrupt', `${where}: ${describeIssues(parsed.issues)}; the file was refused`);
  const synced = parsed.output as unknown as SyncedRecord;
  if (!synced.clock) throw new SyncFileError('corrupt', `${where} carries no clock; the file was refused`);
  const fields: readonly string[] = SYNCED_FIELDS[table];
  const stray = Object.keys(synced.fieldClocks ?? {}).find((field) => !fields.includes(field));
  if (stray)
    throw new SyncFileError('corrupt', `${where} has a clock for an unknown field "${stray}"; the file was refused`);
  // `clock` is the newest write of the record: a field clock past it would let a later edit
  // here lose on other browsers and win on this one.
  if (Object.values(synced.fieldClocks ?? {}).some((clock) => clock >= synced.clock)) {
    throw new SyncFileError('corrupt', `${where} has a field written after the record itself; the file was refused`);
  }
  // A clock far in the future would drag every browser's clock along with it for good.
  if (decodeHlc(synced.clock).wall > now + FUTURE_TOLERANCE_MS) {
    throw new SyncFileError(
      'corrupt',
      `${where} is dated ${new Date(decodeHlc(synced.clock).wall).toISOString().slice(0, 10)}, far in the future; check that browser's clock. The file was refused`,
    );
  }
  return synced;
}
