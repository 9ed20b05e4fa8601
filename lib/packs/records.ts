import { foldText } from '@/lib/matcher';
import type {
  AliasRecord, EntityRecord, FactRecord, RecordBase, RelationRecord,
} from '@/lib/store/records';
import type { Pack, PackEntity } from './schema';

/** A pack record before it is stamped with times: what the pack says, nothing more. */
export type PackContent<T extends RecordBase> = Omit<T, 'createdAt' | 'updatedAt'>;

export interface PackRecords {
  entities: PackContent<EntityRecord>[];
  aliases: PackContent<AliasRecord>[];
  facts: PackContent<FactRecord>[];
  relations: PackContent<RelationRecord>[];
}

/**
 * Store ids are derived from the pack's own ids and content, so loading a pack again
 * lands on the same records instead of adding copies.
 */
export function packRecords(pack: Pack): PackRecords {
  const out: PackRecords = { entities: [], aliases: [], facts: [], relations: [] };
  const storeId = (id: string) => `${pack.id}:${id}`;
  const base = { origin: 'pack' as const, packId: pack.id };
  for (const entity of pack.entities) {
    const id = storeId(entity.id);
    out.entities.push({ id, ...base, ...entityFields(entity, storeId) });
    for (const alias of entity.aliases) {
      out.aliases.push({ id: `${id}#alias:${foldText(alias.text)}`, ...base, entityId: id, text: alias.text, caseSensitive: alias.caseSensitive ?? false, stop: alias.stop });
    }
    entity.facts.forEach((fact, index) => {
      out.facts.push({
        id: `${id}#fact:${index}`, ...base, entityId: id, text: fact.text, date: fact.date, end: fact.end,
        sourceUrl: fact.source?.url, sourceTitle: fact.source?.title,
      });
    });
    for (const relation of entity.relations) {
      const toId = storeId(relation.target);
      out.relations.push({ id: `${id}#${relation.type}:${toId}`, ...base, fromId: id, toId, type: relation.type, start: relation.start, end: relation.end });
    }
  }
  return out;
}

function entityFields(entity: PackEntity, storeId: (id: string) => string) {
  const isEvent = entity.kind === 'event';
  return {
    kind: entity.kind,
    name: entity.name,
    summary: entity.summary,
    eventType: isEvent ? entity.eventType : undefined,
    start: isEvent ? entity.start : undefined,
    end: isEvent ? entity.end : undefined,
    placeId: isEvent && entity.place ? storeId(entity.place) : undefined,
  };
}
