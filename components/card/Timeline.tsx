import { describeRange } from '@/lib/dates';
import type { EntityDetail } from '@/lib/store';
import { asOfWords, type AsOf } from './card-model';
import { layoutTimeline, timelineItems } from './timeline-layout';

const WIDTH = 320;
const PAD = 10;
const LANE = 9;

/**
 * A small line of the entity's dated facts and events, with the card's date marked. The
 * same facts are listed in words below it, so to a screen reader it is one labelled image.
 */
export function Timeline({ detail, asOf }: { detail: EntityDetail; asOf: AsOf }) {
  const items = timelineItems(detail, asOf.date);
  const layout = layoutTimeline(items, asOf.date, WIDTH);
  if (!layout || items.length < 2) return null;
  const lanes = Math.max(...layout.items.map((i) => i.lane)) + 1;
  const axisY = PAD + lanes * LANE;
  const height = axisY + 16;
  const label = `Timeline of ${items.length} dated facts and events, ${layout.fromYear} to ${layout.toYear}, with ${asOfWords(asOf)} marked`;
  return (
    <svg class="timeline" viewBox={`0 0 ${WIDTH + 2 * PAD} ${height}`} role="img" aria-label={label}>
      <line class="axis" x1={PAD} x2={WIDTH + PAD} y1={axisY} y2={axisY} />
      {layout.items.map((item, i) => {
        const y = axisY - (item.lane + 1) * LANE + 2;
        const title = <title>{`${describeRange(item.start, item.end)}: ${item.label}`}</title>;
        return item.width > 0 ? (
          <rect
            key={i}
            class={`span standing-${item.standing}`}
            x={PAD + item.x}
            y={y}
            width={item.width}
            height={5}
            rx={2}
          >
            {title}
          </rect>
        ) : (
          <circle key={i} class={`point standing-${item.standing}`} cx={PAD + item.x} cy={axisY} r={3.5}>
            {title}
          </circle>
        );
      })}
      <line class="as-of" x1={PAD + layout.atX} x2={PAD + layout.atX} y1={PAD - 6} y2={axisY + 4} />
      <text class="year" x={PAD} y={height - 2}>
        {layout.fromYear}
      </text>
      <text class="year" x={WIDTH + PAD} y={height - 2} text-anchor="end">
        {layout.toYear}
      </text>
    </svg>
  );
}
