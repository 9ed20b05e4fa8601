import { describeWikidataItem, labelOf, mapWikidataItem, readWikidataItem, type WikidataEntity } from '@/lib/wikidata';
import type { EntityKind } from '@/lib/store';
import type { BuildOptions } from './options';
import { readEntities, type InputEntity } from './read-entities';
import type { Tally } from './tally';

/** Why an item of the input is not in the pack, beyond the mapper's own reasons. */
export const FEW_SITELINKS = 'few-sitelinks';
export const DUPLICATE = 'duplicate';

/** What the first pass decided: which items the pack keeps, and which items their facts name. */
export interface Selection {
  kept: Map<string, EntityKind>;
  /** Sitelink counts of the kept items, to say which --min-sitelinks would fit a cap. */
  sitelinks: number[];
  named: Set<string>;
  /** Every line's quick id was its real id, so later passes may skip lines unparsed. */
  quickIdsHold: boolean;
}

async function* everyEntity(options: BuildOptions): AsyncGenerator<InputEntity> {
  for (const file of options.inputs) yield* readEntities(file);
}

/** Pass 1: every item read and judged; the kept ones noted with the labels they will need. */
export async function selectItems(options: BuildOptions, tally: Tally): Promise<Selection> {
  const selection: Selection = { kept: new Map(), sitelinks: [], named: new Set(), quickIdsHold: true };
  for await (const input of everyEntity(options)) {
    tally.read += 1;
    const json = input.parse();
    const read = readWikidataItem(json, options.languages);
    if (!read.ok) {
      tally.drop(read.reason, read.id ?? `line ${String(input.line)}`);
      continue;
    }
    const { item } = read;
    if (input.quickId !== item.id) selection.quickIdsHold = false;
    const described = describeWikidataItem(item);
    if (!described.ok) tally.drop(described.reason, item.id, described.detail);
    else if (item.labels.length === 0) tally.drop('no-label', item.id);
    else if (item.sitelinks < options.minSitelinks) tally.drop(FEW_SITELINKS, item.id, described.kind);
    else if (selection.kept.has(item.id)) tally.drop(DUPLICATE, item.id);
    else {
      selection.kept.set(item.id, described.kind);
      selection.sitelinks.push(item.sitelinks);
      for (const id of described.named) selection.named.add(id);
    }
  }
  return selection;
}

/** Pass 2: the labels of the items the kept items' facts name (positions, parties, capitals...). */
export async function collectLabels(options: BuildOptions, selection: Selection): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for await (const input of everyEntity(options)) {
    if (selection.quickIdsHold && !selection.named.has(input.quickId ?? '')) continue;
    const json = input.parse() as { id?: unknown } | undefined;
    const id = typeof json?.id === 'string' ? json.id : undefined;
    if (!id || !selection.named.has(id) || labels.has(id)) continue;
    const label = labelOf(json, options.languages);
    if (label) labels.set(id, label);
  }
  return labels;
}

/** Pass 3: the kept items mapped, in input order, each once. */
export async function mapItems(
  options: BuildOptions,
  selection: Selection,
  labels: ReadonlyMap<string, string>,
  ordinaryWords: ReadonlySet<string>,
  tally: Tally,
): Promise<WikidataEntity[]> {
  const entities: WikidataEntity[] = [];
  const done = new Set<string>();
  for await (const input of everyEntity(options)) {
    if (selection.quickIdsHold && !selection.kept.has(input.quickId ?? '')) continue;
    const read = readWikidataItem(input.parse(), options.languages);
    if (!read.ok || !selection.kept.has(read.item.id) || done.has(read.item.id)) continue;
    done.add(read.item.id);
    const mapped = mapWikidataItem(read.item, { languages: options.languages, labels, ordinaryWords });
    if (!mapped.ok) continue; // pass 1 kept only items the mapper maps
    entities.push(mapped.entity);
    for (const id of mapped.missingLabels) tally.unlabelled.add(id);
  }
  return entities;
}
