import starter from '@/lib/packs/starter-pack.json';

interface PackEntity {
  id: string;
  kind: string;
  name: string;
  summary: string;
  aliases?: { text: string }[];
  facts?: { text: string; date?: string; source?: { url: string; title?: string } }[];
}

/**
 * A change chunk as a device would send it: the starter pack's entities, aliases and facts
 * as reader records with clocks (about 740 records). Real text compresses
 * the way a reader's store does; a synthetic repeat of one record would flatter gzip.
 */
export function realisticChunk(device = 'k3f9x2'): { device: string; records: Record<string, unknown>[] } {
  let tick = 0;
  const stamp = (id: string) => {
    tick += 1;
    const at = 1_764_000_000_000 + tick * 7_919;
    return {
      id,
      createdAt: at,
      updatedAt: at,
      origin: 'reader',
      clock: `${at.toString(36).padStart(9, '0')}-${tick.toString(36).padStart(4, '0')}-${device}`,
    };
  };
  const records = (starter.entities as PackEntity[]).flatMap((entity) => [
    { table: 'entities', ...stamp(entity.id), kind: entity.kind, name: entity.name, summary: entity.summary },
    ...(entity.aliases ?? []).map((alias, i) => ({
      table: 'aliases',
      ...stamp(`${entity.id}:alias:${i}`),
      entityId: entity.id,
      text: alias.text,
      caseSensitive: false,
    })),
    ...(entity.facts ?? []).map((fact, i) => ({
      table: 'facts',
      ...stamp(`${entity.id}:fact:${i}`),
      entityId: entity.id,
      text: fact.text,
      date: fact.date,
      sourceUrl: fact.source?.url,
      sourceTitle: fact.source?.title,
    })),
  ]);
  return { device, records };
}
