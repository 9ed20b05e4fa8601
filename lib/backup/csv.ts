import { ImportError } from './input';

/** One record of a CSV file, with the line it starts on (a quoted field may span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes may
 * hold commas, line breaks and doubled quotes (""). Blank lines are skipped. Anything else
 * (a stray quote, a quote left open) is refused with its line, rather than guessed at.
 */
export function parseCsv(text: string): CsvRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let at = 0;
  let line = 1;
  while (at < source.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      const field = source[at] === '"' ? readQuoted(source, at, line) : readPlain(source, at, line);
      cells.push(field.value);
      at = field.end;
      line = field.line;
      if (source[at] !== ',') break;
      at += 1;
    }
    at = skipLineBreak(source, at);
    line += 1;
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: start, cells });
  }
  return rows;
}

interface Field {
  value: string;
  end: number;
  line: number;
}

function readPlain(source: string, at: number, line: number): Field {
  let end = at;
  while (end < source.length && !',\r\n'.includes(source[end]!)) {
    if (source[end] === '"')
      throw new ImportError(
        `line ${line}: a quote inside an unquoted field (put the whole field in quotes and double the quote)`,
      );
    end += 1;
  }
  return { value: source.slice(at, end), end, line };
}

function readQuoted(source: string, at: number, line: number): Field {
  let value = '';
  let from = at + 1;
  let lines = line;
  for (;;) {
    const close = source.indexOf('"', from);
    if (close === -1) throw new ImportError(`line ${line}: a quoted field is never closed`);
    const piece = source.slice(from, close);
    value += piece;
    lines += piece.split('\n').length - 1;
    if (source[close + 1] === '"') {
      value += '"';
      from = close + 2;
      continue;
    }
    const after = close + 1;
    if (after < source.length && !',\r\n'.includes(source[after]!)) {
      throw new ImportError(`line ${lines}: a quoted field must be followed by a comma or the end of the line`);
    }
    return { value, end: after, line: lines };
  }
}

function skipLineBreak(source: string, at: number): number {
  if (source[at] === '\r' && source[at + 1] === '\n') return at + 2;
  return at < source.length ? at + 1 : at;
}
