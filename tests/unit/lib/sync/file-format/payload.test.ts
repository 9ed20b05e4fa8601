import { describe, expect, it } from 'vitest';
import { encodeHlc } from '@/lib/merge';
import { CHUNK_FORMAT, parseChunk, PAYLOAD_VERSION } from '@/lib/sync/file-format/payload';

const NOW = Date.UTC(2017, 0, 4);
const at = (wall: number) => encodeHlc({ wall, counter: 0, device: 'laptop' });
const fact = (fields: object = {}) => ({
  id: 'f1',
  entityId: 'e1',
  text: 'Met in Moscow.',
  createdAt: NOW,
  updatedAt: NOW,
  origin: 'reader',
  clock: at(NOW),
  ...fields,
});
const chunk = (records: object, fields: object = {}) => ({
  format: CHUNK_FORMAT,
  version: PAYLOAD_VERSION,
  device: 'laptop',
  seq: 3,
  writtenAt: NOW,
  records,
  ...fields,
});
const parse = (value: unknown) =>
  parseChunk(value, 'backstory-sync/devices/laptop/000000003.chg', { device: 'laptop', seq: 3 }, NOW);

describe('a chunk read from the remote', () => {
  it('is accepted with its records when every record is valid', () => {
    expect(parse(chunk({ facts: [fact({ fieldClocks: { text: at(NOW - 5) } })] })).records.facts).toHaveLength(1);
  });

  it.each([
    ['a chunk under another device’s name', chunk({}, { device: 'desktop' }), /claims to be chunk 3 of device desktop/],
    ['a javascript: source link', chunk({ facts: [fact({ sourceUrl: 'javascript:alert(1)' })] }), /facts\[0\]/],
    ['a record without a clock', chunk({ facts: [fact({ clock: undefined })] }), /carries no clock/],
    [
      'a clock for a field facts do not have',
      chunk({ facts: [fact({ fieldClocks: { colour: at(NOW - 5) } })] }),
      /unknown field "colour"/,
    ],
    [
      'a field written after its record',
      chunk({ facts: [fact({ fieldClocks: { text: at(NOW + 5) } })] }),
      /field written after the record/,
    ],
    [
      'a record dated years ahead',
      chunk({ facts: [fact({ clock: at(NOW + 5 * 365 * 86_400_000) })] }),
      /far in the future/,
    ],
    ['another browser’s bookkeeping', chunk({ facts: [fact({ localClock: at(NOW) })] }), /facts\[0\]/],
    ['a table we do not have', chunk({ secrets: [] }), /not a valid Backstory sync file/],
  ])('refuses %s, naming the file', (_what, value, message) => {
    expect(() => parse(value)).toThrow(message);
    expect(() => parse(value)).toThrow('000000003.chg');
  });

  it('says a newer Backstory wrote it', () => {
    expect(() => parse(chunk({}, { version: PAYLOAD_VERSION + 1 }))).toThrow(/newer Backstory/);
  });
});
