import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildMatcher, buildMatcherInSteps, type AliasEntry, type SerializedMatcher } from '@/lib/matcher';
import { sortedInSteps } from '@/lib/matcher/steps';
import { WORLD } from './world-aliases';

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'sa',
  'Ten',
  'vör',
  'li',
  'an',
  'el',
  'dű',
  'ber',
  'go',
  'zi',
  'ha',
  'nu',
  'ov',
  '東',
  '京',
];

/** Distinct names over many slices' worth of keys, some sharing prefixes, folds and texts. */
function generatedAliases(count: number): AliasEntry[] {
  const word = (n: number): string => {
    let w = '';
    do {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    return w;
  };
  const aliases: AliasEntry[] = [];
  for (let i = 0; i < count; i++) {
    aliases.push({
      text: `${word(i)} ${word(i * 7 + 3)}`,
      entityId: `e${i % 9_000}`,
      caseSensitive: i % 5 === 0,
      person: i % 3 === 0,
    });
    if (i % 11 === 0)
      aliases.push({ text: word(i).toUpperCase(), entityId: `e${i + 1}`, caseSensitive: true, common: i % 2 === 0 });
    if (i % 97 === 0) aliases.push({ text: word(i), entityId: '', caseSensitive: false, stop: true });
  }
  return aliases;
}

/** Runs the steps one at a time, with other work in between as the background has. */
function stepByStep<T>(steps: Generator<void, T, void>): { value: T; steps: number } {
  let count = 0;
  for (;;) {
    const step = steps.next();
    count += 1;
    if (step.done) return { value: step.value, steps: count };
    // Other work between steps must not change the result.
    generatedAliases(1);
  }
}

/**
 * Every field's type and a digest of its bytes: what the cache would store, compared
 * without a deep equality's walk over millions of array elements.
 */
function bytesOf(data: SerializedMatcher): Record<string, string> {
  const digest = (value: unknown): string => {
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      return `${value.constructor.name}(${bytes.length}):${createHash('sha256').update(bytes).digest('hex')}`;
    }
    if (typeof value === 'string') return `string(${value.length}):${createHash('sha256').update(value).digest('hex')}`;
    if (typeof value === 'object' && value !== null)
      return JSON.stringify(Object.entries(value).map(([key, inner]) => [key, digest(inner)]));
    return JSON.stringify(value);
  };
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, digest(value)]));
}

describe('the matcher built in steps', () => {
  it('serializes to exactly the matcher built in one go', () => {
    const aliases = [...WORLD, ...generatedAliases(30_000)];
    const { value: stepped, steps } = stepByStep(buildMatcherInSteps(aliases));
    expect(steps).toBeGreaterThan(50);
    expect(bytesOf(stepped.serialize())).toEqual(bytesOf(buildMatcher(aliases).serialize()));
  });

  it('serializes to exactly the one-go matcher for an empty or a one-alias dictionary', () => {
    for (const aliases of [[], [{ text: 'Lavrov', entityId: 'lavrov', caseSensitive: false }]] as AliasEntry[][]) {
      expect(bytesOf(stepByStep(buildMatcherInSteps(aliases)).value.serialize())).toEqual(
        bytesOf(buildMatcher(aliases).serialize()),
      );
    }
  });

  it('marks the same mentions as the matcher built in one go', () => {
    const aliases = [...WORLD, ...generatedAliases(10_000)];
    const text = 'Sergey Lavrov flew to Moscow; KA ROMI met Ten tenvör and 東京 ka in Paris.';
    expect(stepByStep(buildMatcherInSteps(aliases)).value.findMentions(text)).toEqual(
      buildMatcher(aliases).findMentions(text),
    );
  });

  it('sorts distinct strings as the default sort does, across runs and merges', () => {
    const strings = [...new Set(generatedAliases(20_000).map((alias) => alias.text))];
    // Astral and accented units sort by UTF-16 unit, as the edge labels do.
    strings.push('𝒜lpha', 'ǿmega', '\uffff', '');
    expect(stepByStep(sortedInSteps(strings)).value).toEqual(strings.slice().sort());
  });
});
