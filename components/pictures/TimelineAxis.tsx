import { timeTicks, type TimelineGeometry } from '@/lib/pictures';

export const AXIS_HEIGHT = 24;

/** Tick labels along the top and faint lines down through every lane. */
export function TimelineAxis({ geometry, bottom }: { geometry: TimelineGeometry; bottom: number }) {
  const { view, left, width } = geometry;
  const x = (t: number) => left + ((t - view.from) / (view.to - view.from)) * width;
  return (
    <g class="axis" aria-hidden="true">
      {timeTicks(view, width).map((tick) => (
        <g key={tick.value} class={tick.major ? 'tick major' : 'tick'}>
          <line x1={x(tick.value)} x2={x(tick.value)} y1={AXIS_HEIGHT - 6} y2={bottom} />
          <text x={x(tick.value)} y={AXIS_HEIGHT - 10}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
