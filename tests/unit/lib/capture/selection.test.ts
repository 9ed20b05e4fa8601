import { describe, expect, it } from 'vitest';
import { boundSelection, cleanSelection, MAX_FACT_CHARS, MAX_NAME_CHARS, nameFromSelection } from '@/lib/capture';

describe('a selection as a name', () => {
  it('drops the possessive, quotes and trailing punctuation a selection drags along', () => {
    expect(nameFromSelection('  Andrei Karlov’s ')).toBe('Andrei Karlov');
    expect(nameFromSelection("“Hezbollah's”,")).toBe('Hezbollah');
    expect(nameFromSelection('(Quds Force).')).toBe('Quds Force');
  });

  it('reads a name broken across lines as one line', () => {
    expect(nameFromSelection('Mevlüt Mert\n\tAltıntaş')).toBe('Mevlüt Mert Altıntaş');
  });

  it('keeps an apostrophe inside a name', () => {
    expect(nameFromSelection('Bashar al-Assad')).toBe('Bashar al-Assad');
    expect(nameFromSelection("Martin O'Neill")).toBe("Martin O'Neill");
  });
});

describe('a selection as a fact', () => {
  it('joins a sentence selected across paragraphs with single spaces', () => {
    expect(cleanSelection('On 19 December Andrei Karlov,\n\n   Russia’s ambassador, was shot. ')).toBe(
      'On 19 December Andrei Karlov, Russia’s ambassador, was shot.',
    );
  });
});

describe('bounding a selection', () => {
  it('leaves a selection within the limit whole and says nothing was cut', () => {
    expect(boundSelection('Lavrov hosted the session.', 'fact')).toEqual({
      text: 'Lavrov hosted the session.',
      cut: false,
    });
  });

  it('cuts a one-megabyte selection to the fact limit, ending in an ellipsis', () => {
    const { text, cut } = boundSelection('word '.repeat(200_000), 'fact');
    expect(cut).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_FACT_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });

  it('cuts a long selection for a name to the name limit without an ellipsis', () => {
    const { text, cut } = boundSelection('A'.repeat(5_000), 'entity');
    expect(cut).toBe(true);
    expect(text).toBe('A'.repeat(MAX_NAME_CHARS));
  });

  it('never cuts an emoji in half', () => {
    const { text } = boundSelection('a' + '😀'.repeat(150), 'entity');
    expect(text.length).toBe(MAX_NAME_CHARS - 1);
    expect(text.endsWith('😀')).toBe(true);
  });

  it('does not call a selection cut when only whitespace was left off', () => {
    expect(boundSelection(`Assad ${' '.repeat(10_000)}`, 'entity')).toEqual({ text: 'Assad', cut: false });
  });

  it('reads a whitespace-only selection as empty', () => {
    expect(boundSelection(' \n\t ', 'fact')).toEqual({ text: '', cut: false });
  });
});
