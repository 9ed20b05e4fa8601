import type { JSX } from 'preact';
import { stepInList, type TimelineLane } from '@/lib/pictures';

export interface LaneMove {
  lane: string;
  mark: string;
  element: SVGGElement;
}

function middle(mark: { x: number; x2: number }): number {
  return (mark.x + mark.x2) / 2;
}

/**
 * Where an arrow key on a timeline mark goes: Left and Right (Home, End) along its lane in time
 * order, Up and Down to the mark nearest in time in the lane above or below. Undefined for
 * other keys, or with nowhere to go.
 */
export function laneKeyMove(
  event: JSX.TargetedKeyboardEvent<SVGSVGElement>,
  lanes: readonly TimelineLane[],
): LaneMove | undefined {
  const target = (event.target as Element).closest?.('[data-mark]');
  const laneKey = target?.closest('[data-lane]')?.getAttribute('data-lane');
  const laneIndex = lanes.findIndex((l) => l.key === laneKey);
  const lane = lanes[laneIndex];
  const markIndex = lane?.marks.findIndex((m) => m.id === target?.getAttribute('data-mark')) ?? -1;
  if (!lane || markIndex < 0) return undefined;
  let next: { lane: TimelineLane; index: number } | undefined;
  const step = stepInList(event.key, markIndex, lane.marks.length);
  if (step !== undefined) next = { lane, index: step };
  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
    const other = lanes[laneIndex + (event.key === 'ArrowUp' ? -1 : 1)];
    const at = middle(lane.marks[markIndex]!);
    if (other?.marks.length) {
      const distances = other.marks.map((m) => Math.abs(middle(m) - at));
      next = { lane: other, index: distances.indexOf(Math.min(...distances)) };
    }
  }
  if (!next) return undefined;
  const mark = next.lane.marks[next.index]!.id;
  const element = event.currentTarget.querySelector<SVGGElement>(
    `[data-lane="${CSS.escape(next.lane.key)}"] [data-mark="${CSS.escape(mark)}"]`,
  );
  return element ? { lane: next.lane.key, mark, element } : undefined;
}
