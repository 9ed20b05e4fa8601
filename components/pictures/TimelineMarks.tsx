import type { JSX } from 'preact';
import type { PlacedMark, TimelineLane } from '@/lib/pictures';
import { labelWidth } from './text-width';

/** Heights in pixels: an event row holds its 12px name over its bar; a fact row only a mark. */
export const EVENT_ROW = 28;
export const FACT_ROW = 12;
export const LANE_PAD = 6;

export function laneHeight(lane: TimelineLane, rowHeight: number): number {
  return Math.max(lane.rows, 1) * rowHeight + 2 * LANE_PAD;
}

function openOnKey(open: () => void) {
  return (event: JSX.TargetedKeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open();
  };
}

/**
 * A name cut to fit ends at a whole word ("Fall of Eastern…", not "Fall of Eastern Al…"),
 * its ellipsis hidden from screen readers: the visible words are then words of the mark's
 * accessible name, as WCAG 2.5.3 (label in name) asks, so a speech-input user can say what
 * they see.
 */
function CutName({ text }: { text: string }) {
  if (!text.endsWith('…')) return <>{text}</>;
  // Nor at an opened bracket: "telephone call (31…" reads as a word the name does not have.
  const words = text.slice(0, -1).split(' ').slice(0, -1);
  while (words.length > 1 && /\([^)]*$/.test(words.at(-1)!)) words.pop();
  return (
    <>
      {words.length ? words.join(' ') : text.slice(0, -1)}
      <tspan aria-hidden="true">…</tspan>
    </>
  );
}

interface MarkProps {
  mark: PlacedMark;
  top: number;
  left: number;
  /** The lane's one Tab stop; arrow keys reach the others. */
  active: boolean;
  onOpen: (id: string) => void;
}

function markAttributes(mark: PlacedMark, active: boolean, open: () => void) {
  return {
    tabindex: active ? 0 : -1,
    'data-mark': mark.id,
    role: 'button' as const,
    'aria-label': mark.description,
    onClick: open,
    onKeyDown: openOnKey(open),
  };
}

/** An event: its name above a bar from start to end, or above a diamond for a single day. */
function EventMark({ mark, top, left, active, onOpen }: MarkProps) {
  const y = top + mark.row * EVENT_ROW;
  const point = mark.x2 - mark.x < 3;
  return (
    <g class="item event" {...markAttributes(mark, active, () => onOpen(mark.openId))}>
      <title>{mark.description}</title>
      <text x={mark.textX ?? left} y={y + 12}>
        {mark.text && <CutName text={mark.text} />}
      </text>
      {point ? (
        <path class="mark" d={`M${mark.x} ${y + 16} l5 5 l-5 5 l-5 -5 z`} />
      ) : (
        <rect class="mark" x={mark.x} y={y + 17} width={mark.x2 - mark.x} height={8} rx={2} />
      )}
    </g>
  );
}

/** A dated fact: a dot, or a thin bar while it held. */
function FactMark({ mark, top, active, onOpen }: MarkProps) {
  const y = top + mark.row * FACT_ROW + FACT_ROW / 2;
  return (
    <g class="item fact" {...markAttributes(mark, active, () => onOpen(mark.openId))}>
      <title>{mark.description}</title>
      {mark.x2 - mark.x < 3 ? (
        <circle class="mark" cx={mark.x} cy={y} r={3.5} />
      ) : (
        <rect class="mark" x={mark.x} y={y - 3} width={mark.x2 - mark.x} height={6} rx={3} />
      )}
    </g>
  );
}

interface LaneProps {
  lane: TimelineLane;
  top: number;
  left: number;
  right: number;
  clipId: string;
  shaded: boolean;
  /** The mark that takes the lane's Tab stop. */
  activeId?: string;
  onOpen: (id: string) => void;
}

/** The lane's name, whole when the gutter has room (it is sized to the longest), else cut at a word. */
function fitName(name: string, room: number): string {
  if (labelWidth(name) <= room) return name;
  const words = name.split(' ');
  while (words.length > 1 && labelWidth(`${words.join(' ')}…`) > room) words.pop();
  return `${words.join(' ')}…`;
}

/** One lane: its name in the gutter, its marks clipped to the plot. */
export function Lane({ lane, top, left, right, clipId, shaded, activeId, onOpen }: LaneProps) {
  const isEvents = lane.key === 'events';
  const height = laneHeight(lane, isEvents ? EVENT_ROW : FACT_ROW);
  const Mark = isEvents ? EventMark : FactMark;
  return (
    <g
      class={`lane ${isEvents ? 'events' : 'facts'}${shaded ? ' shaded' : ''}`}
      data-lane={lane.key}
      role="list"
      aria-label={lane.label}
    >
      <rect class="lane-bg" x={0} y={top} width={right} height={height} />
      <text class="lane-label" x={8} y={top + LANE_PAD + 11} aria-hidden="true">
        {fitName(lane.label, left - 16)}
        <title>{lane.label}</title>
      </text>
      <g clip-path={`url(#${clipId})`}>
        {lane.marks.map((mark) => (
          <g key={mark.id} role="listitem">
            <Mark
              mark={mark}
              top={top + LANE_PAD}
              left={left}
              active={mark.id === (activeId ?? lane.marks[0]!.id)}
              onOpen={onOpen}
            />
          </g>
        ))}
      </g>
    </g>
  );
}
