import { classify } from './classify';
import { factsOf, itemsNamedByFacts } from './facts';
import { readWikidataItem, type WikidataItem } from './item';
import { namesOf } from './names';
import { relationsOf } from './relations';
import type { ClassRule, ItemId, MappedEntity, WikidataEntity, WikidataOptions } from './types';

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_LABELS: ReadonlyMap<string, string> = new Map();

/** One entity of Wikidata's JSON (a dump line, a `wbgetentities` entity) as a Backstory entity, or why not. */
export function mapWikidataEntity(json: unknown, options: WikidataOptions): MappedEntity {
  const read = readWikidataItem(json, options.languages);
  return read.ok ? mapWikidataItem(read.item, options) : read;
}

/** The same, for an item already read (the pack builder reads each item once per pass). */
export function mapWikidataItem(item: WikidataItem, options: WikidataOptions): MappedEntity {
  const rule = classify(item, options.classes);
  if ('ok' in rule) return rule;
  const names = namesOf(item, options.ordinaryWords ?? NO_WORDS);
  if (!names)
    return { ok: false, id: item.id, reason: 'no-label', detail: `no label in ${options.languages.join(', ')}` };
  const { facts, missingLabels } = factsOf(item, rule.kind, options.labels ?? NO_LABELS);
  const entity: WikidataEntity = {
    qid: item.id,
    key: `wd:${item.id}`,
    kind: rule.kind,
    ...(rule.eventType ? { eventType: rule.eventType } : {}),
    name: names.name,
    summary: summaryOf(item.description),
    ...(rule.kind === 'event' ? eventFields(item) : {}),
    aliases: names.aliases,
    facts,
    relations: relationsOf(item),
    sitelinks: item.sitelinks,
  };
  return { ok: true, entity, missingLabels };
}

/** Whether the item is an actor or event, and if so the items its facts name (for their labels). */
export function describeWikidataItem(item: WikidataItem, classes?: Readonly<Record<string, ClassRule>>) {
  const rule = classify(item, classes);
  if ('ok' in rule) return rule;
  const named: ItemId[] = itemsNamedByFacts(item, rule.kind);
  const related = [...new Set(relationsOf(item).map((r) => (r.from === item.id ? r.to : r.from)))];
  return { ok: true as const, kind: rule.kind, named, related };
}

/** Wikidata's descriptions start in lower case ("sovereign state in West Asia"); a card's summary does not. */
function summaryOf(description: string | undefined): string {
  if (!description) return '';
  return description.charAt(0).toLocaleUpperCase('en') + description.slice(1);
}

function eventFields(item: WikidataItem): Pick<WikidataEntity, 'start' | 'end' | 'place'> {
  const start = item.statements.P580?.[0]?.value ?? item.statements.P585?.[0]?.value;
  const end = item.statements.P582?.[0]?.value;
  const place = item.statements.P276?.[0]?.value as ItemId | undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}), ...(place ? { place } : {}) };
}
