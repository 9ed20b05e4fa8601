import { useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { useUniqueId } from '@/components/ids/unique-id';
import {
  layoutTimelineView,
  monthOf,
  timelineSpans,
  type TimeSpan,
  type TimelineEvent,
  type TimelineFact,
  type TimelineLane,
} from '@/lib/pictures';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import { EVENT_ROW, FACT_ROW, Lane, laneHeight } from './TimelineMarks';
import { TimelineOverview } from './TimelineOverview';
import { laneKeyMove } from './timeline-keys';
import { labelWidth } from './text-width';
import { useTimeView } from './use-time-view';
import { useWidth } from './use-width';
import { ZoomButtons } from './ZoomButtons';

export interface EventTimelineProps {
  events: readonly TimelineEvent[];
  /** Dated facts, drawn in a lane per entity under the events. */
  facts?: readonly TimelineFact[];
  /** The stretch the axis and its overview cover; without it, every dated item's. */
  range?: TimeSpan;
  /** Past this many actors, the ones with fewest facts share a lane. */
  maxLanes?: number;
  onOpen: (entityId: string) => void;
}

/** One empty list for every render, so the memo below is not defeated by a fresh `[]`. */
const NO_FACTS: readonly TimelineFact[] = [];
/** Room for the last tick label on the right. */
const RIGHT = 36;

function stackLanes(lanes: readonly TimelineLane[]): { lane: TimelineLane; top: number }[] {
  let top = AXIS_HEIGHT;
  return lanes.map((lane) => {
    const placed = { lane, top };
    top += laneHeight(lane, lane.key === 'events' ? EVENT_ROW : FACT_ROW);
    return placed;
  });
}

/** The gutter fits the longest lane name (names were cut to dots at 160 pixels), up to a third of the width. */
function gutterFor(labels: readonly string[], width: number): number {
  const longest = Math.max(...labels.map((l) => labelWidth(l)), 0);
  return Math.round(Math.min(Math.max(longest + 24, 96), Math.max(160, width / 3)));
}

function rangeWords(view: { from: number; to: number }, outside: number): string {
  const range = `${monthOf(view.from)} – ${monthOf(view.to - 1e-6)}`;
  return outside ? `${range} · ${outside} more outside this range` : range;
}

/** Events as bars or points on a time axis, with dated facts in lanes beneath them. */
export function EventTimeline({ events, facts = NO_FACTS, range, maxLanes, onOpen }: EventTimelineProps) {
  const [ref, width] = useWidth<HTMLDivElement>(900);
  const clipId = useUniqueId('timeline-clip');
  const spans = useMemo(() => timelineSpans(events, facts), [events, facts]);
  const time = useTimeView(spans, range);
  // Each lane's Tab stop, by lane key: the mark the reader last moved to there.
  const [active, setActive] = useState<ReadonlyMap<string, string>>(new Map());
  if (!spans.length)
    return (
      <div class="pictures event-timeline" ref={ref}>
        <p class="empty">Nothing dated to draw.</p>
      </div>
    );
  const names = ['Events', ...new Set(facts.map((f) => f.entityName))];
  const gutter = gutterFor(names, width);
  const plotWidth = Math.max(width - gutter - RIGHT, 120);
  const geometry = { view: time.view, left: gutter, width: plotWidth };
  const model = layoutTimelineView(events, facts, geometry, maxLanes);
  const stacked = stackLanes([model.events, ...model.lanes].filter((l) => l.key !== 'events' || l.marks.length));
  const last = stacked[stacked.length - 1];
  const height = last ? last.top + laneHeight(last.lane, FACT_ROW) + 2 : AXIS_HEIGHT + 24;
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<SVGSVGElement>) => {
    const moved = laneKeyMove(
      event,
      stacked.map((s) => s.lane),
    );
    if (!moved) return;
    event.preventDefault();
    setActive(new Map(active).set(moved.lane, moved.mark));
    moved.element.focus();
  };
  return (
    <div class="pictures event-timeline" ref={ref}>
      <div class="picture-bar">
        <span class="range" aria-live="polite">
          {rangeWords(time.view, model.outside)}
        </span>
        <ZoomButtons
          subject="timeline"
          actions={[
            { label: '◀', name: 'Earlier', onClick: time.earlier },
            { label: '▶', name: 'Later', onClick: time.later },
            { label: '+', name: 'Zoom in', onClick: time.zoomIn },
            { label: '−', name: 'Zoom out', onClick: time.zoomOut },
            { label: 'All', name: 'Show all dates', onClick: time.showAll },
          ]}
        />
      </div>
      <svg
        class="timeline-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        onKeyDown={onKeyDown}
        aria-label={`Timeline from ${monthOf(time.view.from)} to ${monthOf(time.view.to - 1e-6)}; one Tab stop a lane, arrow keys move along it and between lanes, Enter opens`}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={gutter} y={0} width={plotWidth} height={height} />
          </clipPath>
        </defs>
        <TimelineAxis geometry={geometry} bottom={height} />
        {stacked.map(({ lane, top }, i) => (
          <Lane
            key={lane.key}
            lane={lane}
            top={top}
            left={gutter}
            right={width}
            clipId={clipId}
            shaded={i % 2 === 1}
            activeId={lane.marks.some((m) => m.id === active.get(lane.key)) ? active.get(lane.key) : undefined}
            onOpen={onOpen}
          />
        ))}
      </svg>
      <TimelineOverview
        all={time.all}
        view={time.view}
        spans={spans}
        left={gutter}
        width={plotWidth}
        onChoose={time.choose}
      />
    </div>
  );
}
