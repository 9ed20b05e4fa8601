import type { EntityKind } from '@/lib/store';
import type { WikidataItem } from './item';
import type { Property, Statement } from './statements';
import type { ItemId, WikidataFact } from './types';

/** How one property reads as a fact: its text, and which dates of the statement it carries. */
interface FactRule {
  property: Property;
  /** Kinds the property is read on (a state's P35 is its head of state; a person has none). */
  kinds: readonly EntityKind[];
  /** The fact's text, given the label of the item the statement names (time properties have none). */
  text: (label: string, statement: Statement) => string;
  /** A time property's value is the fact's date; an item property's dates are its qualifiers. */
  dated: 'value' | 'qualifiers';
}

const ALL: readonly EntityKind[] = ['person', 'state', 'organisation', 'armed-group', 'place', 'event'];
const GROUPS: readonly EntityKind[] = ['state', 'organisation', 'armed-group'];

function served(label: string, statement: Statement): string {
  if (statement.end) return `Served as ${label}.`;
  return statement.start ? `Became ${label}.` : `Held the office of ${label}.`;
}

export const FACT_RULES: readonly FactRule[] = [
  { property: 'P569', kinds: ['person'], text: () => 'Born.', dated: 'value' },
  { property: 'P570', kinds: ['person'], text: () => 'Died.', dated: 'value' },
  { property: 'P571', kinds: [...GROUPS, 'place'], text: () => 'Founded.', dated: 'value' },
  { property: 'P576', kinds: [...GROUPS, 'place'], text: () => 'Dissolved.', dated: 'value' },
  { property: 'P39', kinds: ['person'], text: served, dated: 'qualifiers' },
  { property: 'P102', kinds: ['person'], text: (label) => `Member of ${label}.`, dated: 'qualifiers' },
  { property: 'P463', kinds: ALL, text: (label) => `Member of ${label}.`, dated: 'qualifiers' },
  { property: 'P108', kinds: ['person'], text: (label) => `Worked for ${label}.`, dated: 'qualifiers' },
  { property: 'P35', kinds: ['state'], text: (label) => `Head of state: ${label}.`, dated: 'qualifiers' },
  { property: 'P6', kinds: ['state', 'place'], text: (label) => `Head of government: ${label}.`, dated: 'qualifiers' },
  { property: 'P36', kinds: ['state', 'place'], text: (label) => `Capital: ${label}.`, dated: 'qualifiers' },
  { property: 'P580', kinds: ['event'], text: () => 'Began.', dated: 'value' },
  { property: 'P582', kinds: ['event'], text: () => 'Ended.', dated: 'value' },
  { property: 'P585', kinds: ['event'], text: () => 'Took place.', dated: 'value' },
  { property: 'P276', kinds: ['event'], text: (label) => `Took place in ${label}.`, dated: 'qualifiers' },
];

/** The longest fact source title a pack allows. */
const MAX_TITLE = 300;

export const itemUrl = (id: string, property?: string) =>
  `https://www.wikidata.org/wiki/${id}${property ? `#${property}` : ''}`;

/** The items the facts of an item of this kind name: their labels are what the facts' texts need. */
export function itemsNamedByFacts(item: WikidataItem, kind: EntityKind): ItemId[] {
  const ids = rulesFor(kind)
    .filter((rule) => rule.dated === 'qualifiers')
    .flatMap((rule) => (item.statements[rule.property] ?? []).map((statement) => statement.value as ItemId));
  return [...new Set(ids)];
}

/** The item's dated facts, each citing the item; the ids whose labels were not given are listed. */
export function factsOf(
  item: WikidataItem,
  kind: EntityKind,
  labels: ReadonlyMap<string, string>,
): { facts: WikidataFact[]; missingLabels: ItemId[] } {
  const facts: WikidataFact[] = [];
  const missing = new Set<ItemId>();
  for (const rule of rulesFor(kind)) {
    for (const statement of item.statements[rule.property] ?? []) {
      const label = rule.dated === 'value' ? '' : labels.get(statement.value);
      if (label === undefined) {
        missing.add(statement.value as ItemId);
        continue;
      }
      facts.push(toFact(item, rule, statement, label));
    }
  }
  return { facts, missingLabels: [...missing] };
}

function toFact(item: WikidataItem, rule: FactRule, statement: Statement, label: string): WikidataFact {
  const date = rule.dated === 'value' ? statement.value : statement.start;
  const end = rule.dated === 'value' ? undefined : statement.end;
  const reference = statement.references[0];
  return {
    text: rule.text(label, statement),
    ...(date ? { date } : {}),
    ...(end ? { end } : {}),
    itemUrl: itemUrl(item.id, rule.property),
    ...(reference ? { reference } : {}),
  };
}

/**
 * A pack fact has one source: the item, whose page shows the statement with all its references;
 * the statement's own reference URL rides in the title when it fits.
 */
export function sourceOf(fact: WikidataFact): { url: string; title: string } {
  const title = fact.reference ? `Wikidata; reference: ${fact.reference}` : 'Wikidata';
  return { url: fact.itemUrl, title: title.length <= MAX_TITLE ? title : 'Wikidata' };
}

const rulesFor = (kind: EntityKind) => FACT_RULES.filter((rule) => rule.kinds.includes(kind));
