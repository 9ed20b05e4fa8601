import type {
  AliasRecord,
  EntityKind,
  EntityRecord,
  FactRecord,
  NoteRecord,
  PartialDate,
  RelationType,
} from './records';

/** What lists show of an entity: enough to name it and colour it. */
export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  summary: string;
}

/** A relation seen from one entity, with the other end already named. */
export interface RelationView {
  id: string;
  type: RelationType;
  /** 'out': this entity → other ("Putin leads Russia"); 'in': other → this entity. */
  direction: 'out' | 'in';
  other: EntitySummary;
  start?: PartialDate;
  end?: PartialDate;
}

/** An event linked to an entity, with its dates, for the card's list and timeline of events. */
export interface EventView extends EntitySummary {
  start?: PartialDate;
  end?: PartialDate;
  /** 'participant': the entity took part in it; 'place': it happened at the entity. */
  link: 'participant' | 'place';
}

/** Everything a card or an editor shows of one entity. */
export interface EntityDetail {
  entity: EntityRecord;
  aliases: AliasRecord[];
  facts: FactRecord[];
  relations: RelationView[];
  /** Newest first. */
  notes: NoteRecord[];
  /** For an event: the place it happened, when that place is in the store. */
  place?: EntitySummary;
  /** Events the entity took part in or that happened at it, oldest first. */
  events?: EventView[];
}
