import { describe, expect, it } from 'vitest';
import { buildMatcher, loadMatcher, type AliasEntry } from '@/lib/matcher';
import { scannedMentions } from './helpers';
import { naiveFindMentions } from './naive-matcher';

/** Seeded, so a failure names a case that can be replayed. */
function random(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

// A tiny alphabet makes overlaps, shared prefixes and near misses common.
const TEXT_PIECES = [
  'a',
  'b',
  'ab',
  'A',
  'B',
  'é',
  'É',
  'e\u0301',
  'e',
  'ı',
  'i',
  'İ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '-',
  '–',
  "'",
  '’',
  '.',
  '\u00ad',
  '😀',
  '𝐀',
  '1',
  'ä',
  'Ä',
];
const ALIAS_PIECES = ['a', 'b', 'A', 'B', 'é', 'e', 'i', 'ı', ' ', "'", '-', '1', 'Ä'];

function randomString(rnd: () => number, pieces: readonly string[], maxPieces: number): string {
  const n = Math.floor(rnd() * (maxPieces + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += pick(rnd, pieces);
  return s;
}

/**
 * Half the aliases are cut from the text itself (sometimes with the case flipped), so
 * hits, near misses at word edges and overlaps are common rather than lucky.
 */
function randomAliases(rnd: () => number, text: string): AliasEntry[] {
  const count = 1 + Math.floor(rnd() * 8);
  return Array.from({ length: count }, (_, i) => ({
    text: rnd() < 0.5 ? randomSlice(rnd, text) : randomString(rnd, ALIAS_PIECES, 5),
    entityId: `e${i % 5}`,
    caseSensitive: rnd() < 0.4,
  }));
}

function randomSlice(rnd: () => number, text: string): string {
  const start = Math.floor(rnd() * text.length);
  const slice = text.slice(start, start + 1 + Math.floor(rnd() * 10));
  const r = rnd();
  return r < 0.2 ? slice.toUpperCase() : r < 0.4 ? slice.toLowerCase() : slice;
}

function randomCase(rnd: () => number): { aliases: AliasEntry[]; text: string } {
  const text = randomString(rnd, TEXT_PIECES, 40);
  return { aliases: randomAliases(rnd, text), text };
}

describe('against a naive reference implementation', () => {
  it('scans exactly what trying every alias at every position finds, on 2000 random cases', () => {
    const rnd = random(20240611);
    for (let round = 0; round < 2000; round++) {
      const { aliases, text } = randomCase(rnd);
      const expected = naiveFindMentions(aliases, text);
      const actual = scannedMentions(buildMatcher(aliases).serialize(), text);
      expect({ round, aliases, text, hits: actual }).toEqual({ round, aliases, text, hits: expected });
    }
  });

  it('marks only hits the scan found, never moved or relabelled, so the context rules only take marks away', () => {
    const rnd = random(99);
    for (let round = 0; round < 1000; round++) {
      const { aliases, text } = randomCase(rnd);
      const matcher = buildMatcher(aliases);
      const scanned = new Set(
        scannedMentions(matcher.serialize(), text).map((h) => JSON.stringify([h.start, h.end, h.entityId, h.alias])),
      );
      for (const { alternatives: _, ...hit } of matcher.findMentions(text)) {
        expect({
          round,
          aliases,
          text,
          found: scanned.has(JSON.stringify([hit.start, hit.end, hit.entityId, hit.alias])),
        }).toEqual({ round, aliases, text, found: true });
      }
    }
  });

  it('agrees after a serialize and load round trip too', () => {
    const rnd = random(7);
    for (let round = 0; round < 200; round++) {
      const { aliases, text } = randomCase(rnd);
      const built = buildMatcher(aliases);
      const loaded = loadMatcher(structuredClone(built.serialize()));
      expect({ round, text, hits: loaded.findMentions(text) }).toEqual({ round, text, hits: built.findMentions(text) });
      expect({ round, text, hits: scannedMentions(loaded.serialize(), text) }).toEqual({
        round,
        text,
        hits: naiveFindMentions(aliases, text),
      });
    }
  });
});
