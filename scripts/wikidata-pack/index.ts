import type { Pack } from '@/lib/packs';
import { assemblePack, countSharedNames, refuseOverCap } from './assemble';
import type { BuildOptions } from './options';
import { collectLabels, mapItems, selectItems } from './passes';
import { Tally } from './tally';
import { writePackFiles, type WrittenFile } from './write-files';

export { BuildError } from './assemble';
export { parseArguments, UsageError, USAGE, type BuildOptions } from './options';
export { describeBuild } from './report';
export { MAX_PACK_FILE_BYTES, type WrittenFile } from './write-files';
export { FEW_SITELINKS, DUPLICATE } from './passes';
export { Tally } from './tally';

export interface BuiltPack {
  pack: Pack;
  tally: Tally;
  files: WrittenFile[];
  sharedNames: number;
  milliseconds: number;
}

/**
 * `npm run pack:wikidata`: reads the input three times, streamed (the items to keep, the labels
 * their facts need, then the kept items mapped), so memory holds the kept entities and never the dump.
 */
export async function buildWikidataPack(
  options: BuildOptions,
  ordinaryWords: ReadonlySet<string>,
  maxFileBytes?: number,
): Promise<BuiltPack> {
  const started = performance.now();
  const tally = new Tally();
  const selection = await selectItems(options, tally);
  refuseOverCap(selection.sitelinks, options.minSitelinks);
  const labels = await collectLabels(options, selection);
  const entities = await mapItems(options, selection, labels, ordinaryWords, tally);
  const pack = assemblePack(options, entities);
  const files = await writePackFiles(pack, options.out, maxFileBytes);
  return {
    pack,
    tally,
    files,
    sharedNames: countSharedNames(pack),
    milliseconds: Math.round(performance.now() - started),
  };
}
