import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { clampView, monthOf, timeTicks, type TimeSpan } from '@/lib/pictures';

const HEIGHT = 34;

interface OverviewProps {
  all: TimeSpan;
  view: TimeSpan;
  spans: readonly TimeSpan[];
  left: number;
  width: number;
  onChoose: (view: TimeSpan) => void;
}

function rangeText(view: TimeSpan): string {
  return `${monthOf(view.from)} to ${monthOf(view.to - 1e-6)}`;
}

/**
 * The box by keyboard, as a slider whose value is where the range starts: arrows move it a
 * tenth of its width, Shift+arrows move its end (wider or narrower), Home and End go to the ends.
 */
function brushKeyMove(key: string, shift: boolean, view: TimeSpan, all: TimeSpan): TimeSpan | undefined {
  const width = view.to - view.from;
  const step = Math.max(width / 10, 1 / 12);
  const forward = key === 'ArrowRight' || key === 'ArrowUp' ? 1 : key === 'ArrowLeft' || key === 'ArrowDown' ? -1 : 0;
  if (forward && shift) return clampView({ from: view.from, to: Math.min(view.to + forward * step, all.to) }, all);
  if (forward) return clampView({ from: view.from + forward * step, to: view.to + forward * step }, all);
  if (key === 'Home') return clampView({ from: all.from, to: all.from + width }, all);
  if (key === 'End') return clampView({ from: all.to - width, to: all.to }, all);
  return undefined;
}

/**
 * The whole stretch of time in miniature, with the shown range boxed. Dragging across it
 * chooses a new range (a brush); a click moves the box there; the box is a slider for the
 * keyboard (issue 17).
 */
export function TimelineOverview({ all, view, spans, left, width, onChoose }: OverviewProps) {
  const [brush, setBrush] = useState<TimeSpan | null>(null);
  const anchor = useRef<number | null>(null);
  const x = (t: number) => left + ((Math.min(Math.max(t, all.from), all.to) - all.from) / (all.to - all.from)) * width;
  const timeAt = (event: JSX.TargetedPointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return all.from + ((event.clientX - box.left - left) / width) * (all.to - all.from);
  };
  const onPointerDown = (event: JSX.TargetedPointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    anchor.current = timeAt(event);
  };
  const onPointerMove = (event: JSX.TargetedPointerEvent<SVGSVGElement>) => {
    if (anchor.current === null) return;
    const at = timeAt(event);
    setBrush({ from: Math.min(anchor.current, at), to: Math.max(anchor.current, at) });
  };
  const onPointerUp = (event: JSX.TargetedPointerEvent<SVGSVGElement>) => {
    if (anchor.current === null) return;
    const at = timeAt(event);
    const half = (view.to - view.from) / 2;
    // Under three pixels of drag is a click: keep the width, move the middle there.
    const tiny = Math.abs(x(at) - x(anchor.current)) < 3;
    const chosen = tiny
      ? { from: at - half, to: at + half }
      : { from: Math.min(anchor.current, at), to: Math.max(anchor.current, at) };
    onChoose(clampView(chosen, all));
    anchor.current = null;
    setBrush(null);
  };
  const box = brush ?? view;
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<SVGRectElement>) => {
    const next = brushKeyMove(event.key, event.shiftKey, view, all);
    if (!next) return;
    event.preventDefault();
    onChoose(next);
  };
  return (
    <svg
      class="overview"
      width={left + width + 16}
      height={HEIGHT}
      viewBox={`0 0 ${left + width + 16} ${HEIGHT}`}
      role="group"
      aria-label={`Overview of ${all.from} to ${Math.ceil(all.to) - 1}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    >
      <text class="overview-label" x={8} y={HEIGHT / 2 + 4} aria-hidden="true">
        Drag to zoom
      </text>
      <rect class="overview-bg" x={left} y={2} width={width} height={HEIGHT - 16} />
      {spans
        .filter((s) => s.to > all.from && s.from < all.to)
        .map((s, i) => (
          <rect
            key={i}
            class="density"
            x={x(s.from)}
            y={6}
            width={Math.max(x(s.to) - x(s.from), 1)}
            height={HEIGHT - 24}
          />
        ))}
      {timeTicks(all, width, 56).map((t) => (
        <text key={t.value} class="overview-tick" aria-hidden="true" x={x(t.value)} y={HEIGHT - 2}>
          {t.label}
        </text>
      ))}
      <rect
        class="brush"
        x={x(box.from)}
        y={1}
        width={Math.max(x(box.to) - x(box.from), 2)}
        height={HEIGHT - 14}
        tabindex={0}
        role="slider"
        aria-label="Range shown"
        aria-orientation="horizontal"
        aria-valuemin={all.from}
        aria-valuemax={all.to}
        aria-valuenow={Math.round(view.from * 100) / 100}
        aria-valuetext={rangeText(view)}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
}
