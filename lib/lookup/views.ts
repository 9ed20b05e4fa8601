import type { EntityKind, EventType, PartialDate } from '@/lib/store';
import type { LookupCandidate } from './candidates';

/** Whether look-ups are on in this browser, and whether the browser lets Backstory reach Wikimedia. */
export interface LookupStatus {
  enabled: boolean;
  granted: boolean;
}

/** An entity of the store a look-up would add to rather than double. */
export interface HeldBy {
  entityId: string;
  name: string;
}

export interface CandidateView extends LookupCandidate {
  inStore?: HeldBy;
}

export interface CandidatesView {
  name: string;
  language: string;
  candidates: CandidateView[];
  preselected?: string;
}

/** What the reader sees before Add: kind, names, dated facts, and where the summary came from. */
export interface LookupPreview {
  qid: string;
  itemUrl: string;
  kind: EntityKind;
  eventType?: EventType;
  name: string;
  summary: string;
  /** Set when the summary is Wikipedia's lead (CC BY-SA): shown with its title and link. */
  summaryFrom?: { title: string; url: string; licence: string };
  aliases: string[];
  facts: { text: string; date?: PartialDate; end?: PartialDate; url: string }[];
  /** The entity of the store that already holds this item's key: Add updates it. */
  inStore?: HeldBy;
}

export interface LookupAdded {
  entityId: string;
  name: string;
  /** True when an entity already in the store took the look-up's names and facts. */
  updated: boolean;
}
