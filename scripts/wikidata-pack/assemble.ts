import Ajv2020 from 'ajv/dist/2020';
import { foldText } from '@/lib/matcher';
import { MAX_PACK_ENTITIES, PACK_FORMAT, PACK_FORMAT_VERSION, validatePack, PackError, type Pack } from '@/lib/packs';
import packJsonSchema from '@/lib/packs/pack.schema.json';
import { toPackEntities, WIKIDATA_SOURCE, WIKIDATA_SOURCE_ID, type WikidataEntity } from '@/lib/wikidata';
import type { BuildOptions } from './options';

export class BuildError extends Error {}

/** The pack of the mapped entities, checked by both of Backstory's validators before a byte is written. */
export function assemblePack(options: BuildOptions, entities: readonly WikidataEntity[]): Pack {
  const pack = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: options.packId,
    name: options.packName,
    version: options.version,
    sources: { [WIKIDATA_SOURCE_ID]: { ...WIKIDATA_SOURCE } },
    entities: toPackEntities(entities),
  };
  const validateJson = new Ajv2020({ allErrors: false, strict: false }).compile(packJsonSchema);
  if (!validateJson(pack)) {
    const [first] = validateJson.errors ?? [];
    throw new BuildError(
      `The pack does not meet pack.schema.json: ${first?.instancePath ?? ''} ${first?.message ?? ''}`,
    );
  }
  try {
    validatePack(pack);
  } catch (error) {
    if (error instanceof PackError) throw new BuildError(error.message);
    throw error;
  }
  return pack as Pack;
}

/** What the cap on a pack's entities asks of --min-sitelinks, when more items were kept. */
export function refuseOverCap(sitelinks: readonly number[], minSitelinks: number): void {
  if (sitelinks.length <= MAX_PACK_ENTITIES) return;
  const sorted = [...sitelinks].sort((a, b) => b - a);
  // Items at the cut's own count either all stay or all go, so the fitting minimum is one above it.
  const fitting = sorted[MAX_PACK_ENTITIES]! + 1;
  const kept = sorted.filter((count) => count >= fitting).length;
  throw new BuildError(
    `${sitelinks.length.toLocaleString('en')} items have ${String(minSitelinks)} sitelinks or more; a pack holds at most ` +
      `${MAX_PACK_ENTITIES.toLocaleString('en')}. --min-sitelinks ${String(fitting)} keeps ${kept.toLocaleString('en')}.`,
  );
}

/** Names that two or more entities of the pack answer to: the matcher resolves them from the page. */
export function countSharedNames(pack: Pack): number {
  const holders = new Map<string, number>();
  for (const entity of pack.entities) {
    for (const folded of new Set(entity.aliases.map((alias) => foldText(alias.text)))) {
      holders.set(folded, (holders.get(folded) ?? 0) + 1);
    }
  }
  return [...holders.values()].filter((count) => count > 1).length;
}
