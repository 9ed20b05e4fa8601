import type { JSX } from 'preact';
import { clipText, type PlacedMark, type TimelineLane } from '@/lib/pictures';

/** Heights in pixels: an event row holds its name over its bar; a fact row only a mark. */
export const EVENT_ROW = 26;
export const FACT_ROW = 12;
export const LANE_PAD = 6;
/** Lane names in the gutter are cut to fit its width at 11px. */
const LANE_LABEL_CHARS = 22;

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
  return <>{words.length ? words.join(' ') : text.slice(0, -1)}<tspan aria-hidden="true">…</tspan></>;
}

interface MarkProps {
  mark: PlacedMark;
  top: number;
  left: number;
  onOpen: (id: string) => void;
}

/** An event: its name above a bar from start to end, or above a diamond for a single day. */
function EventMark({ mark, top, left, onOpen }: MarkProps) {
  const y = top + mark.row * EVENT_ROW;
  const open = () => onOpen(mark.openId);
  const point = mark.x2 - mark.x < 3;
  return (
    <g class="item event" tabindex={0} role="button" aria-label={mark.description} onClick={open} onKeyDown={openOnKey(open)}>
      <title>{mark.description}</title>
      <text x={mark.textX ?? left} y={y + 11}>{mark.text && <CutName text={mark.text} />}</text>
      {point
        ? <path class="mark" d={`M${mark.x} ${y + 14} l5 5 l-5 5 l-5 -5 z`} />
        : <rect class="mark" x={mark.x} y={y + 15} width={mark.x2 - mark.x} height={8} rx={2} />}
    </g>
  );
}

/** A dated fact: a dot, or a thin bar while it held. */
function FactMark({ mark, top, onOpen }: MarkProps) {
  const y = top + mark.row * FACT_ROW + FACT_ROW / 2;
  const open = () => onOpen(mark.openId);
  return (
    <g class="item fact" tabindex={0} role="button" aria-label={mark.description} onClick={open} onKeyDown={openOnKey(open)}>
      <title>{mark.description}</title>
      {mark.x2 - mark.x < 3
        ? <circle class="mark" cx={mark.x} cy={y} r={3.5} />
        : <rect class="mark" x={mark.x} y={y - 3} width={mark.x2 - mark.x} height={6} rx={3} />}
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
  onOpen: (id: string) => void;
}

/** One lane: its name in the gutter, its marks clipped to the plot. */
export function Lane({ lane, top, left, right, clipId, shaded, onOpen }: LaneProps) {
  const isEvents = lane.key === 'events';
  const height = laneHeight(lane, isEvents ? EVENT_ROW : FACT_ROW);
  const Mark = isEvents ? EventMark : FactMark;
  return (
    <g class={`lane ${isEvents ? 'events' : 'facts'}${shaded ? ' shaded' : ''}`} role="list" aria-label={lane.label}>
      <rect class="lane-bg" x={0} y={top} width={right} height={height} />
      <text class="lane-label" x={8} y={top + LANE_PAD + 10}>{clipText(lane.label, LANE_LABEL_CHARS)}<title>{lane.label}</title></text>
      <g clip-path={`url(#${clipId})`}>
        {lane.marks.map((mark) => (
          <g key={mark.id} role="listitem"><Mark mark={mark} top={top + LANE_PAD} left={left} onOpen={onOpen} /></g>
        ))}
      </g>
    </g>
  );
}
