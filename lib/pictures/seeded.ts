/** FNV-1a: a stable 32-bit number from an id. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded generator, plenty for scattering start positions. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A point in the unit square that depends only on the id: a node starts in the same place
 * whatever else is in the graph, so adding one actor does not reshuffle the others' start.
 */
export function seededPoint(id: string): [number, number] {
  const random = seededRandom(hashId(id));
  return [random(), random()];
}
