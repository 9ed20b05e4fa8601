import { describe, expect, it } from 'vitest';
import { parseJsonText } from '@/lib/backup';
import { jsonErrorOffset } from '@/lib/backup/json-position';

const where = (text: string) => {
  try {
    parseJsonText(text);
    return 'parsed';
  } catch (error) {
    return (error as Error).message.replace('The file is not valid JSON: ', '');
  }
};

describe('finding where a file stops being JSON', () => {
  it('points at the record that lacks the comma before it', () => {
    expect(where('[\n  {"a": 1}\n  {"b": 2}\n]')).toBe('line 3, column 3: unexpected "{"');
  });

  it('points at a trailing comma’s closing bracket', () => {
    expect(where('{"entities": [1, 2,]}')).toBe('line 1, column 20: unexpected "]"');
  });

  it('points at a raw line break inside a string', () => {
    expect(where('{"name": "Andrei\nKarlov"}')).toBe('line 1, column 17: unexpected "\\n"');
  });

  it('points at an escape JSON does not have', () => {
    expect(where('{"name": "C:\\new\\x"}')).toBe('line 1, column 18: unexpected "x"');
  });

  it('points at what follows a complete value', () => {
    expect(where('{"a": 1}\n// exported by hand\n')).toBe('line 2, column 1: unexpected "/"');
  });

  it('says when the file ends too early', () => {
    expect(where('{"entities": [{"id": "e1"')).toBe('line 1, column 26: the file ends too early');
  });

  it('reads a file with a byte-order mark', () => {
    expect(where('\uFEFF{"a": [true, false, null, -1.5e3]}')).toBe('parsed');
  });

  it('finds nothing wrong in valid JSON', () => {
    expect(jsonErrorOffset('{"a": [1, "x\\u00e9", {"b": null}]}')).toBe(-1);
  });

  it('gives up on position, not on the message, for a file nested too deep to walk', () => {
    expect(where('['.repeat(1_000_000))).toMatch(
      /^line 1, column \d+: the file ends too early$|^The file is not valid JSON$/,
    );
  });
});
