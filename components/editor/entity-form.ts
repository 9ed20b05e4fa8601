import type {
  EntityDetail,
  EntityDraftInput,
  EntityKind,
  EntitySummary,
  EventType,
  RelationType,
  RelationView,
} from '@/lib/store';

/**
 * What the editor holds while a reader types: every field a string, so an empty optional
 * field is just '' until the draft is built. Each list item has a `key` for rendering and
 * the stored `id` when it already exists, so a save updates it instead of adding a copy.
 */
export interface AliasForm {
  key: string;
  id?: string;
  text: string;
  caseSensitive: boolean;
  /** Not edited here, but sent back: without it a save would start marking a pack's stop phrase. */
  stop?: boolean;
}
export interface FactForm {
  key: string;
  id?: string;
  text: string;
  date: string;
  end: string;
  sourceUrl: string;
  sourceTitle: string;
}
export interface RelationForm {
  key: string;
  id?: string;
  type: RelationType;
  target?: EntitySummary;
  start: string;
  end: string;
}

export interface EntityForm {
  id?: string;
  kind: EntityKind;
  name: string;
  summary: string;
  eventType: EventType | '';
  start: string;
  end: string;
  /** Not edited here, but sent back so a save keeps an event's place. */
  placeId?: string;
  aliases: AliasForm[];
  facts: FactForm[];
  /** Only this entity's outgoing relations: incoming ones belong to the other entity's draft. */
  relations: RelationForm[];
}

let lastKey = 0;
/** A rendering key for an item that has no stored id yet. */
export function newKey(): string {
  lastKey += 1;
  return `new-${lastKey}`;
}

export function emptyForm(): EntityForm {
  return {
    kind: 'person',
    name: '',
    summary: '',
    eventType: '',
    start: '',
    end: '',
    aliases: [],
    facts: [],
    relations: [],
  };
}

export function emptyFact(): FactForm {
  return { key: newKey(), text: '', date: '', end: '', sourceUrl: '', sourceTitle: '' };
}

export function emptyRelation(): RelationForm {
  return { key: newKey(), type: 'member-of', start: '', end: '' };
}

function relationForm(relation: RelationView): RelationForm {
  return {
    key: relation.id,
    id: relation.id,
    type: relation.type,
    target: relation.other,
    start: relation.start ?? '',
    end: relation.end ?? '',
  };
}

/** The form for an entity as stored; a place that is gone (deleted here or in another browser) is left out, so the entity can still be saved. */
export function formFromDetail({ entity, aliases, facts, relations, place }: EntityDetail): EntityForm {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    summary: entity.summary,
    eventType: entity.eventType ?? '',
    start: entity.start ?? '',
    end: entity.end ?? '',
    placeId: place?.id,
    aliases: aliases.map((a) => ({ key: a.id, id: a.id, text: a.text, caseSensitive: a.caseSensitive, stop: a.stop })),
    facts: facts.map((f) => ({
      key: f.id,
      id: f.id,
      text: f.text,
      date: f.date ?? '',
      end: f.end ?? '',
      sourceUrl: f.sourceUrl ?? '',
      sourceTitle: f.sourceTitle ?? '',
    })),
    relations: relations.filter((r) => r.direction === 'out').map(relationForm),
  };
}

/** '' means "not given": the draft schema refuses an empty date or address. */
function given(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The draft 'entity/save' accepts; validation is left to the background, which names the field. */
export function draftFromForm(form: EntityForm): EntityDraftInput {
  const isEvent = form.kind === 'event';
  return {
    id: form.id,
    kind: form.kind,
    name: form.name,
    summary: form.summary,
    eventType: isEvent && form.eventType !== '' ? form.eventType : undefined,
    start: isEvent ? given(form.start) : undefined,
    end: isEvent ? given(form.end) : undefined,
    placeId: isEvent ? form.placeId : undefined,
    aliases: form.aliases.map((a) => ({ id: a.id, text: a.text, caseSensitive: a.caseSensitive, stop: a.stop })),
    facts: form.facts.map((f) => ({
      id: f.id,
      text: f.text,
      date: given(f.date),
      end: given(f.end),
      sourceUrl: given(f.sourceUrl),
      sourceTitle: given(f.sourceTitle),
    })),
    relations: form.relations.map((r) => ({
      id: r.id,
      type: r.type,
      toId: r.target?.id ?? '',
      start: given(r.start),
      end: given(r.end),
    })),
  };
}
