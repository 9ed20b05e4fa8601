/**
 * A list of strings kept as one string plus each one's end offset. IndexedDB clones one
 * string and one typed array in a few milliseconds where 100,000 separate strings take tens
 * (the cached index of a 100,000-alias store, read by a woken worker), and nothing is split
 * when it is read back: a string is sliced out only when asked for.
 */
export interface PackedStrings {
  readonly text: string;
  /** Per string: where it ends in `text`; each one starts where the one before ends. */
  readonly ends: Uint32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    at += list[i]!.length;
    ends[i] = at;
  }
  return { text: list.join(''), ends };
}

/** The string at `index`, which must be below `ends.length`. */
export function stringAt(packed: PackedStrings, index: number): string {
  return packed.text.slice(index === 0 ? 0 : packed.ends[index - 1], packed.ends[index]);
}

/** The tag check works across realms (a value cloned from IndexedDB), unlike instanceof. */
export function isTypedArray<T>(value: unknown, ctor: { readonly name: string; prototype: T }): value is T {
  return Object.prototype.toString.call(value) === `[object ${ctor.name}]`;
}

/** Data read back from storage: offsets must never go back and must end at the text's end. */
export function isPackedStrings(value: unknown): value is PackedStrings {
  if (typeof value !== 'object' || value === null) return false;
  const { text, ends } = value as Record<string, unknown>;
  if (typeof text !== 'string' || !isTypedArray(ends, Uint32Array)) return false;
  let at = 0;
  for (let i = 0; i < ends.length; i++) {
    if (ends[i]! < at) return false;
    at = ends[i]!;
  }
  return at === text.length;
}
