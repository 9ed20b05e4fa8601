/**
 * A small force-directed layout (Fruchterman and Reingold, 1991): every pair of nodes pushes
 * apart, every edge pulls its ends together, a weak pull to the middle keeps loose pieces in
 * view, and the step size cools to nothing over a fixed number of iterations. As in
 * ForceAtlas2, a node's push grows with its degree, so a hub's many neighbours get room.
 *
 * Deterministic on purpose: start positions come from a hash of each node's id, so the same
 * graph always settles the same way (stable tests and screenshots, and a reader's picture does
 * not reshuffle when reopened). The work is O(n²) per iteration, a few milliseconds for 300
 * nodes; callers run it in batches between frames.
 */
import { seededPoint } from './seeded';

export interface ForceLayoutOptions {
  width?: number;
  height?: number;
  iterations?: number;
}

export interface ForceLayoutState {
  readonly ids: readonly string[];
  readonly edges: readonly (readonly [number, number])[];
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** 1 + degree. */
  readonly mass: Float64Array;
  readonly width: number;
  readonly height: number;
  readonly iterations: number;
  iteration: number;
}

/** The distance an edge settles at, in layout units (pixels at scale 1). */
const IDEAL_EDGE = 70;
/** The box grows with the graph; it is a backstop, roomier than gravity lets the graph spread. */
const BOX_PER_NODE = 220;
const MARGIN = 20;
const GRAVITY = 0.06;
/**
 * Repulsion fades to nothing at this many ideal edges, as in Fruchterman and Reingold's grid
 * variant. Without it, separate clusters push each other (weighted by their hubs' degrees)
 * harder than gravity can hold them, and end up flattened against the walls of the box.
 */
const REACH = 12;
const DEFAULT_ITERATIONS = 300;

type Edges = readonly (readonly [number, number])[];

export function createForceLayout(
  ids: readonly string[],
  edges: Edges,
  options: ForceLayoutOptions = {},
): ForceLayoutState {
  const side = Math.sqrt(Math.max(ids.length, 4)) * BOX_PER_NODE;
  const width = options.width ?? side * 1.4;
  const height = options.height ?? side;
  const xs = new Float64Array(ids.length);
  const ys = new Float64Array(ids.length);
  // Start in the middle half of the box, away from the walls.
  ids.forEach((id, i) => {
    const [x, y] = seededPoint(id);
    xs[i] = width * (0.25 + x / 2);
    ys[i] = height * (0.25 + y / 2);
  });
  const mass = new Float64Array(ids.length).fill(1);
  for (const [a, b] of edges) {
    mass[a]! += 1;
    mass[b]! += 1;
  }
  return {
    ids,
    edges,
    xs,
    ys,
    mass,
    width,
    height,
    iterations: options.iterations ?? DEFAULT_ITERATIONS,
    iteration: 0,
  };
}

/** Runs up to `count` iterations; true once the layout has finished. */
export function stepForceLayout(state: ForceLayoutState, count: number): boolean {
  for (let done = 0; done < count && state.iteration < state.iterations; done++) {
    tick(state);
    state.iteration++;
  }
  shelveLoners(state);
  return state.iteration >= state.iterations;
}

/** The whole layout at once, for tests and small graphs. */
export function runForceLayout(
  ids: readonly string[],
  edges: Edges,
  options: ForceLayoutOptions = {},
): ForceLayoutState {
  const state = createForceLayout(ids, edges, options);
  stepForceLayout(state, state.iterations);
  return state;
}

function tick(state: ForceLayoutState): void {
  const n = state.ids.length;
  const k = Math.min(IDEAL_EDGE, Math.sqrt((state.width * state.height) / Math.max(n, 1)) / 2);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  repel(state, k, dx, dy);
  attract(state, k, dx, dy);
  // Linear cooling from a tenth of the box: big moves first, then small corrections.
  const temperature = (state.width / 10) * (1 - state.iteration / state.iterations);
  const { xs, ys, mass, width, height } = state;
  for (let i = 0; i < n; i++) {
    if (mass[i] === 1) continue;
    // A pull of fixed strength per unit of mass (as in ForceAtlas2) keeps loose pieces near
    // the rest without crushing the middle the way a spring to the centre would.
    const ox = width / 2 - xs[i]!;
    const oy = height / 2 - ys[i]!;
    const pull = (GRAVITY * k * mass[i]!) / (Math.hypot(ox, oy) || 1);
    const gx = dx[i]! + ox * pull;
    const gy = dy[i]! + oy * pull;
    const length = Math.hypot(gx, gy);
    if (length === 0) continue;
    const move = Math.min(length, temperature);
    xs[i] = clamp(xs[i]! + (gx / length) * move, MARGIN, width - MARGIN);
    ys[i] = clamp(ys[i]! + (gy / length) * move, MARGIN, height - MARGIN);
  }
}

/** Nodes with no edge take no part in the forces (the hubs would push them to the walls). */
function repel(state: ForceLayoutState, k: number, dx: Float64Array, dy: Float64Array): void {
  const { xs, ys, mass } = state;
  const k2 = k * k;
  const reach2 = (REACH * k) ** 2;
  for (let i = 0; i < xs.length; i++) {
    if (mass[i] === 1) continue;
    for (let j = i + 1; j < xs.length; j++) {
      if (mass[j] === 1) continue;
      let ox = xs[i]! - xs[j]!;
      let oy = ys[i]! - ys[j]!;
      let d2 = ox * ox + oy * oy;
      if (d2 < 0.01) {
        // Two nodes on one spot: part them along a direction fixed by their indices.
        ox = Math.cos(i + j * 7);
        oy = Math.sin(i + j * 7);
        d2 = 1;
      }
      if (d2 >= reach2) continue;
      const f = ((k2 / d2) * mass[i]! * mass[j]! * (1 - d2 / reach2)) / 4;
      dx[i]! += ox * f;
      dy[i]! += oy * f;
      dx[j]! -= ox * f;
      dy[j]! -= oy * f;
    }
  }
}

function attract(state: ForceLayoutState, k: number, dx: Float64Array, dy: Float64Array): void {
  const { xs, ys } = state;
  for (const [a, b] of state.edges) {
    const ox = xs[a]! - xs[b]!;
    const oy = ys[a]! - ys[b]!;
    const f = Math.hypot(ox, oy) / k;
    dx[a]! -= ox * f;
    dy[a]! -= oy * f;
    dx[b]! += ox * f;
    dy[b]! += oy * f;
  }
}

/** Nodes with no edge go in rows under the rest, in the order given, like books on a shelf. */
function shelveLoners(state: ForceLayoutState): void {
  const { xs, ys, mass, width, height } = state;
  const loners = [...mass.keys()].filter((i) => mass[i] === 1);
  if (!loners.length) return;
  const linked = [...mass.keys()].filter((i) => mass[i]! > 1);
  const left = linked.length ? Math.min(...linked.map((i) => xs[i]!)) : MARGIN;
  const right = linked.length ? Math.max(...linked.map((i) => xs[i]!)) : width - MARGIN;
  const bottom = linked.length ? Math.max(...linked.map((i) => ys[i]!)) : MARGIN;
  const spacing = IDEAL_EDGE * 1.6;
  const perRow = Math.max(1, Math.floor((right - left) / spacing) + 1);
  loners.forEach((i, at) => {
    xs[i] = clamp(left + (at % perRow) * spacing, MARGIN, width - MARGIN);
    ys[i] = clamp(bottom + IDEAL_EDGE * (1 + Math.floor(at / perRow) * 0.6), MARGIN, height - MARGIN);
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
