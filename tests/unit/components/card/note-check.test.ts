import { describe, expect, it } from 'vitest';
import { noteProblem } from '@/components/card/note-check';

describe('a note written in the card', () => {
  it('is accepted up to the length the background accepts', () => {
    expect(noteProblem('starter:iran', 'x'.repeat(20_000))).toBeUndefined();
  });

  it('over that length is refused with the limit and its own length, before anything is sent', () => {
    expect(noteProblem('starter:iran', 'x'.repeat(100_000))).toBe(
      'Not saved. A note must be at most 20000 characters (this one has 100,000).',
    );
  });

  it('that is empty is refused', () => {
    expect(noteProblem('starter:iran', '   ')).toBe('Not saved. A note must not be empty.');
  });
});
