import { useMemo } from 'preact/hooks';
import { useUniqueId } from '@/components/ids/unique-id';
import { layoutTimelineView, monthOf, timelineSpans, type TimelineEvent, type TimelineFact, type TimelineLane } from '@/lib/pictures';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import { EVENT_ROW, FACT_ROW, Lane, laneHeight } from './TimelineMarks';
import { TimelineOverview } from './TimelineOverview';
import { useTimeView } from './use-time-view';
import { useWidth } from './use-width';
import { ZoomButtons } from './ZoomButtons';

export interface EventTimelineProps {
  events: readonly TimelineEvent[];
  /** Dated facts, drawn in a lane per entity under the events. */
  facts?: readonly TimelineFact[];
  onOpen: (entityId: string) => void;
}

/** One empty list for every render, so the memo below is not defeated by a fresh `[]`. */
const NO_FACTS: readonly TimelineFact[] = [];
/** Room for lane names on the left, and for the last tick label on the right. */
const GUTTER = 160;
const RIGHT = 36;

function stackLanes(lanes: readonly TimelineLane[]): { lane: TimelineLane; top: number }[] {
  let top = AXIS_HEIGHT;
  return lanes.map((lane) => {
    const placed = { lane, top };
    top += laneHeight(lane, lane.key === 'events' ? EVENT_ROW : FACT_ROW);
    return placed;
  });
}

function rangeWords(view: { from: number; to: number }, outside: number): string {
  const range = `${monthOf(view.from)} – ${monthOf(view.to - 1e-6)}`;
  return outside ? `${range} · ${outside} more outside this range` : range;
}

/** Events as bars or points on a time axis, with dated facts in lanes beneath them. */
export function EventTimeline({ events, facts = NO_FACTS, onOpen }: EventTimelineProps) {
  const [ref, width] = useWidth<HTMLDivElement>(900);
  const clipId = useUniqueId('timeline-clip');
  const spans = useMemo(() => timelineSpans(events, facts), [events, facts]);
  const time = useTimeView(spans);
  if (!spans.length) return <div class="pictures event-timeline" ref={ref}><p class="empty">Nothing dated to draw.</p></div>;
  const plotWidth = Math.max(width - GUTTER - RIGHT, 120);
  const geometry = { view: time.view, left: GUTTER, width: plotWidth };
  const model = layoutTimelineView(events, facts, geometry);
  const stacked = stackLanes([model.events, ...model.lanes]);
  const last = stacked[stacked.length - 1]!;
  const height = last.top + laneHeight(last.lane, FACT_ROW) + 2;
  return (
    <div class="pictures event-timeline" ref={ref}>
      <div class="picture-bar">
        <span class="range" aria-live="polite">{rangeWords(time.view, model.outside)}</span>
        <ZoomButtons subject="timeline" actions={[
          { label: '◀', name: 'Earlier', onClick: time.earlier },
          { label: '▶', name: 'Later', onClick: time.later },
          { label: '+', name: 'Zoom in', onClick: time.zoomIn },
          { label: '−', name: 'Zoom out', onClick: time.zoomOut },
          { label: 'All', name: 'Show all dates', onClick: time.showAll },
        ]} />
      </div>
      <svg class="timeline-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group"
        aria-label={`Timeline from ${monthOf(time.view.from)} to ${monthOf(time.view.to - 1e-6)}`}>
        <defs>
          <clipPath id={clipId}><rect x={GUTTER} y={0} width={plotWidth} height={height} /></clipPath>
        </defs>
        <TimelineAxis geometry={geometry} bottom={height} />
        {stacked.map(({ lane, top }, i) => (
          <Lane key={lane.key} lane={lane} top={top} left={GUTTER} right={width} clipId={clipId} shaded={i % 2 === 1} onOpen={onOpen} />
        ))}
      </svg>
      <TimelineOverview all={time.all} view={time.view} spans={spans} left={GUTTER} width={plotWidth} onChoose={time.choose} />
    </div>
  );
}
