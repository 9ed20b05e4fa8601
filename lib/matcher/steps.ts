/**
 * A long computation cut into bounded steps: each `next()` does a slice of the work (at
 * most about a millisecond at 100,000 aliases) and the generator's return value is the
 * result. The matcher stays pure: it never looks at a clock nor waits; whoever drives the
 * steps decides when to let other work run between them (the background yields to its
 * event loop, so that a tab's request is answered while a big dictionary is built, issue 16).
 */
export type Steps<T> = Generator<void, T, void>;

/** How many items (aliases, keys, nodes) one step handles in a linear pass. */
export const ITEMS_PER_STEP = 4096;

/** Runs every step at once: the single-task build, for callers with nothing else to do. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Calls `each(from, to)` over [0, count) in slices of `perStep`, one step per slice. */
export function* inSlices(
  count: number,
  each: (from: number, to: number) => void,
  perStep = ITEMS_PER_STEP,
): Steps<void> {
  for (let from = 0; from < count; from += perStep) {
    each(from, Math.min(count, from + perStep));
    yield;
  }
}

/**
 * The strings in the default sort's order (UTF-16 units), as a merge sort whose runs and
 * merges are cut into steps. The strings are distinct, so the order, and thus every array
 * built from it, is the same as `strings.slice().sort()`'s.
 */
export function* sortedInSteps(strings: readonly string[]): Steps<string[]> {
  const runs: string[][] = [];
  for (let from = 0; from < strings.length; from += ITEMS_PER_STEP) {
    runs.push(strings.slice(from, from + ITEMS_PER_STEP).sort());
    yield;
  }
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let i = 0; i < runs.length; i += 2)
      merged.push(i + 1 < runs.length ? yield* mergeInSteps(runs[i]!, runs[i + 1]!) : runs[i]!);
    runs.splice(0, runs.length, ...merged);
  }
  return runs[0] ?? [];
}

function* mergeInSteps(a: readonly string[], b: readonly string[]): Steps<string[]> {
  const out = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < out.length) {
    const end = Math.min(out.length, k + ITEMS_PER_STEP * 4);
    while (k < end) out[k++] = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
    yield;
  }
  return out;
}
