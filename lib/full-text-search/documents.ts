import { type AliasRecord, type EntityRecord, type FactRecord, isLive, type NoteRecord } from '@/lib/store';

/** One entity as the search index sees it: every text a reader might remember it by. */
export interface SearchDocument {
  id: string;
  name: string;
  aliases: string;
  summary: string;
  /** Fact texts and their source titles ("Wikipedia: Battle of Aleppo"). */
  facts: string;
  notes: string;
}

/** The records a search index is built from, tombstones included (they are left out here). */
export interface SearchableRecords {
  entities: readonly EntityRecord[];
  aliases: readonly AliasRecord[];
  facts: readonly FactRecord[];
  notes: readonly NoteRecord[];
}

function textsByEntity<T extends { entityId: string; deletedAt?: number }>(
  records: readonly T[],
  text: (record: T) => string,
): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const record of records) {
    if (!isLive(record)) continue;
    const list = byEntity.get(record.entityId);
    if (list) list.push(text(record));
    else byEntity.set(record.entityId, [text(record)]);
  }
  return byEntity;
}

/**
 * Stop phrases are left out: they are what an entity is *not* called ("turkey dinner"), and
 * a search for them should not find it.
 */
export function searchDocuments(records: SearchableRecords): SearchDocument[] {
  const aliases = textsByEntity(
    records.aliases.filter((a) => !a.stop),
    (a) => a.text,
  );
  const facts = textsByEntity(records.facts, (f) => [f.text, f.sourceTitle ?? ''].join(' '));
  const notes = textsByEntity(records.notes, (n) => n.text);
  const joined = (map: Map<string, string[]>, id: string) => (map.get(id) ?? []).join('\n');
  return records.entities.filter(isLive).map((entity) => ({
    id: entity.id,
    name: entity.name,
    aliases: joined(aliases, entity.id),
    summary: entity.summary,
    facts: joined(facts, entity.id),
    notes: joined(notes, entity.id),
  }));
}
