/**
 * Leftmost-longest selection without sorting. Candidates arrive in order of their end
 * (the scanner reports a hit when it reaches its last unit), and the stack always holds
 * the leftmost-longest non-overlapping choice among the candidates seen so far.
 *
 * Why a newcomer C can only displace the tail: C ends at or after everything on the
 * stack, so any kept hit it overlaps is either inside C (C starts before it, or at the
 * same place and is longer) and gives way, or starts before C and wins over C. Each
 * candidate is pushed and popped at most once; the backward walk over hits that C
 * overlaps is bounded by how many hits fit inside one alias.
 */
export class Picks {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly entries: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  offer(start: number, end: number, entry: number): void {
    const { starts, ends, entries } = this;
    let j = starts.length;
    while (j > 0 && ends[j - 1]! > start) j--;
    if (j < starts.length) {
      const keptStart = starts[j]!;
      // Equal span means the same folded alias: the entry found first keeps it.
      if (keptStart < start || (keptStart === start && ends[j]! >= end)) return;
      starts.length = j;
      ends.length = j;
      entries.length = j;
    }
    starts.push(start);
    ends.push(end);
    entries.push(entry);
  }
}
