export { RelationGraph, type RelationGraphProps } from './RelationGraph';
export { EventTimeline, type EventTimelineProps } from './EventTimeline';
export { COLOUR_BY_LABELS } from './graph-styles';
export type { GraphEntity, GraphRelation, TimelineEvent, TimelineFact } from '@/lib/pictures';
