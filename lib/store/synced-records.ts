import type { SYNCED_FIELDS, SyncedTable } from '@/lib/merge';
import type { AliasRecord, EntityRecord, FactRecord, NoteRecord, PackRecord, RelationRecord } from './records';

/** The record type each synced table holds. */
export interface SyncedRecords {
  entities: EntityRecord;
  aliases: AliasRecord;
  facts: FactRecord;
  relations: RelationRecord;
  notes: NoteRecord;
  packs: PackRecord;
}

/** Fields merged by their own rules (lib/merge/merge.ts) or never sent, not by a field clock. */
type MetaField = 'id' | 'createdAt' | 'updatedAt' | 'editedByReader' | 'clock' | 'fieldClocks' | 'localClock';

type Listed<T extends SyncedTable> = (typeof SYNCED_FIELDS)[T][number];
/** A field of the record that SYNCED_FIELDS leaves out: it would silently never sync. */
type Unlisted<T extends SyncedTable> = Exclude<keyof SyncedRecords[T], MetaField | Listed<T>>;
/** A listed field the record does not have: a typo, or a field since renamed. */
type Unknown<T extends SyncedTable> = Exclude<Listed<T>, keyof SyncedRecords[T]>;

type Agrees<T extends SyncedTable> = [Unlisted<T> | Unknown<T>] extends [never]
  ? true
  : { unlisted: Unlisted<T>; unknown: Unknown<T> };

/**
 * lib/merge lists the synced fields without knowing the store's record types (it stands
 * below the store); this ties the two together. A field added to a record and not to
 * SYNCED_FIELDS, or the other way round, fails the typecheck here, naming the field.
 */
export const SYNCED_FIELDS_MATCH_RECORDS: { [T in SyncedTable]: Agrees<T> } = {
  entities: true,
  aliases: true,
  facts: true,
  relations: true,
  notes: true,
  packs: true,
};
