import { foldText } from '@/lib/matcher';
import type { AliasRecord, DataSource, EntityRecord, FactRecord, RecordBase, RelationRecord } from '@/lib/store';
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
 * Entities of the pack whose key an entity of the store already holds (Syria from the starter
 * pack, when the world pack loads): the pack adds to that entity instead of making a rival one.
 */
export interface PackJoins {
  /** Pack entity id → the store id of the entity it joins. */
  hosts: Map<string, string>;
  /** Per host, the folded names it already answers to, so a joined alias is not written twice. */
  hostNames: Map<string, Set<string>>;
  /** Relations the hosts already state (`from|type|to`), which a joined entity does not repeat. */
  hostRelations: Set<string>;
  /** Facts the hosts already state (`entity|folded text|date`): an export imported back does not repeat them. */
  hostFacts: Set<string>;
}

export const noJoins = (): PackJoins => ({
  hosts: new Map(),
  hostNames: new Map(),
  hostRelations: new Set(),
  hostFacts: new Set(),
});
export const factKey = (entityId: string, text: string, date: string | undefined) =>
  `${entityId}|${foldText(text)}|${date ?? ''}`;
export const relationKey = (fromId: string, type: string, toId: string) => `${fromId}|${type}|${toId}`;

/**
 * Store ids are derived from the pack's own ids and content, so loading a pack again
 * lands on the same records instead of adding copies. A joined entity's aliases and facts
 * hang on its host, with ids that name this pack so they never collide with the host's own.
 */
export function packRecords(pack: Pack, joins: PackJoins = noJoins()): PackRecords {
  const out: PackRecords = { entities: [], aliases: [], facts: [], relations: [] };
  const storeId = (id: string) => joins.hosts.get(id) ?? `${pack.id}:${id}`;
  const base = { origin: 'pack' as const, packId: pack.id };
  for (const entity of pack.entities) {
    const id = storeId(entity.id);
    const host = joins.hosts.has(entity.id);
    const childId = host ? `${id}#${pack.id}` : id;
    if (!host) out.entities.push({ id, ...base, ...entityFields(pack, entity, storeId) });
    const known = joins.hostNames.get(id);
    for (const alias of entity.aliases) {
      const folded = foldText(alias.text);
      if (known?.has(folded)) continue;
      out.aliases.push({
        id: `${childId}#alias:${folded}`,
        ...base,
        entityId: id,
        text: alias.text,
        caseSensitive: alias.caseSensitive ?? false,
        stop: alias.stop,
        common: alias.common,
        lang: alias.lang,
      });
    }
    entity.facts.forEach((fact, index) => {
      if (joins.hostFacts.has(factKey(id, fact.text, fact.date))) return;
      out.facts.push({
        id: `${childId}#fact:${index}`,
        ...base,
        entityId: id,
        text: fact.text,
        date: fact.date,
        end: fact.end,
        sourceUrl: fact.source?.url,
        sourceTitle: fact.source?.title,
      });
    });
    for (const relation of entity.relations) {
      const toId = storeId(relation.target);
      if (joins.hostRelations.has(relationKey(id, relation.type, toId))) continue;
      out.relations.push({
        id: `${childId}#${relation.type}:${toId}`,
        ...base,
        fromId: id,
        toId,
        type: relation.type,
        start: relation.start,
        end: relation.end,
      });
    }
  }
  return out;
}

function entityFields(pack: Pack, entity: PackEntity, storeId: (id: string) => string) {
  const isEvent = entity.kind === 'event';
  return {
    kind: entity.kind,
    name: entity.name,
    summary: entity.summary,
    eventType: isEvent ? entity.eventType : undefined,
    start: isEvent ? entity.start : undefined,
    end: isEvent ? entity.end : undefined,
    placeId: isEvent && entity.place ? storeId(entity.place) : undefined,
    key: entity.key,
    sources: dataSources(pack, entity),
  };
}

function dataSources(pack: Pack, entity: PackEntity): DataSource[] | undefined {
  const sources = (entity.sources ?? []).map((slug) => pack.sources?.[slug]).filter((source) => source !== undefined);
  return sources.length ? sources.map(({ name, licence, url }) => ({ name, licence, url })) : undefined;
}
