import type { HandWrittenEntity, WorldEntity } from './types';

export interface WorldPack {
  format: 'backstory-pack';
  formatVersion: 2;
  id: string;
  name: string;
  version: number;
  sources: Record<string, unknown>;
  entities: (WorldEntity | HandWrittenEntity)[];
}

/** Empty lists are left out: the format reads a missing list as empty, and 250 states carry no relations. */
function compact(entity: WorldEntity | HandWrittenEntity): object {
  const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;
  return Object.fromEntries(Object.entries(entity).filter(([, value]) => !isEmptyList(value)));
}

/**
 * One entity a line: a quarter of the size of an indented file, and a rebuild's diff still shows
 * which entities changed. Key order is the order the builder writes them in, so output is stable.
 */
export function serialisePack(pack: WorldPack): string {
  const { entities, ...head } = pack;
  const headLines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  const entityLines = entities.map((entity) => `    ${JSON.stringify(compact(entity))}`);
  return `{\n${headLines.join('\n')}\n  "entities": [\n${entityLines.join(',\n')}\n  ]\n}\n`;
}
