export { allianceGroups, type Alliance, type Alliances } from './alliances';
export {
  createForceLayout,
  runForceLayout,
  stepForceLayout,
  type ForceLayoutOptions,
  type ForceLayoutState,
} from './force-layout';
export {
  MAX_GRAPH_NODES,
  selectGraph,
  type GraphData,
  type GraphEntity,
  type GraphNode,
  type GraphRelation,
} from './graph-data';
export { arrowDirection, nearestInDirection, stepInList, type Direction } from './keyboard-moves';
export { clipText, LABEL_CHAR_WIDTH, placeLabels, type LabelCandidate, type LabelSide } from './label-culling';
export { timelineDataFrom } from './picture-data';
export {
  DEFAULT_ACTORS,
  DEFAULT_LANES,
  DEFAULT_YEARS,
  pictureScope,
  recentYears,
  type PictureFilters,
  type PictureScope,
  type YearRange,
} from './picture-scope';
export { monthOf, timeTicks, type Tick } from './time-axis';
export { busySpan, overlaps, spanOfAll, timeSpanOf, type TimeSpan } from './time-range';
export { clampView, MIN_VIEW_YEARS, panView, wholeYears, zoomView } from './time-view';
export { factLanes, packRows, type Extent, type FactLane } from './timeline-layout';
export {
  layoutTimelineView,
  timelineSpans,
  type PlacedMark,
  type TimelineEvent,
  type TimelineFact,
  type TimelineGeometry,
  type TimelineLane,
  type TimelineModel,
} from './timeline-model';
export { fitView, panBy, toScreen, zoomAt, type ViewTransform, type Viewport } from './view-transform';
