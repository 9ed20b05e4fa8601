import { describe, expect, it } from 'vitest';
import { resultText } from '@/entrypoints/options/packs/subscription-words';

const report = {
  kind: 'pack' as const,
  packId: 'mini',
  added: 0,
  updated: 3,
  removed: 0,
  keptReaderEdits: 1,
  byTable: { entities: { added: 0, updated: 1, removed: 0, keptReaderEdits: 1 } },
};

describe('a followed pack’s last result', () => {
  it('says what an update did, in entities, and that the reader’s edits stayed', () => {
    expect(resultText({ kind: 'updated', at: 0, version: 2, report })).toBe(
      'Updated to version 2: Added 0 entities, updated 1, left your 1 edited entity alone.',
    );
  });

  it('says that nothing changed, and why, when the file was refused', () => {
    expect(
      resultText({
        kind: 'problem',
        at: 0,
        reason: 'The file is not valid JSON: line 1, column 40: the file ends too early',
      }),
    ).toBe(
      'Not updated; nothing in your store changed. The file is not valid JSON: line 1, column 40: the file ends too early.',
    );
    expect(resultText({ kind: 'unchanged', at: 0, version: 4 })).toBe('No new version (you have version 4).');
  });
});
