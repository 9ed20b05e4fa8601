import { foldText } from '@/lib/matcher';
import { ACTOR_KINDS, type ActorKind } from '@/lib/store';
import { parseCsv, type CsvRow } from './csv';
import { checkSize, ImportError } from './input';

/** An actor list as a reader keeps one in a spreadsheet: one actor per line. */
export const ACTOR_COLUMNS = ['name', 'kind', 'aliases', 'summary'] as const;
type Column = (typeof ACTOR_COLUMNS)[number];

export interface ActorRow {
  line: number;
  name: string;
  kind: ActorKind;
  aliases: string[];
  summary: string;
}

const MAX_PROBLEMS_NAMED = 3;

/** Reads and checks every line before anything is written; any problem refuses the whole file. */
export function readActorCsv(text: string): ActorRow[] {
  checkSize(text);
  const [header, ...rows] = parseCsv(text);
  if (!header)
    throw new ImportError('The file is empty: the first line must name the columns name, kind, aliases, summary');
  const columns = readHeader(header);
  const problems: string[] = [];
  const actors: ActorRow[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    try {
      const actor = readRow(row, columns);
      const key = `${actor.kind}:${foldText(actor.name)}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined)
        throw new ImportError(`line ${row.line}: "${actor.name}" (${actor.kind}) is already on line ${earlier}`);
      firstLine.set(key, row.line);
      actors.push(actor);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw new ImportError(summarize(problems));
  return actors;
}

function summarize(problems: string[]): string {
  const more = problems.length - MAX_PROBLEMS_NAMED;
  return (
    problems.slice(0, MAX_PROBLEMS_NAMED).join('; ') +
    (more > 0 ? ` (and ${more} more line${more === 1 ? '' : 's'} with problems)` : '')
  );
}

function readHeader(header: CsvRow): Map<Column, number> {
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const unknown = names.find((name) => !(ACTOR_COLUMNS as readonly string[]).includes(name));
  const missing = ACTOR_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length)
    throw new ImportError(`line ${header.line}: missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (unknown !== undefined)
    throw new ImportError(
      `line ${header.line}: unknown column "${unknown}" (the columns are ${ACTOR_COLUMNS.join(', ')})`,
    );
  return new Map(ACTOR_COLUMNS.map((column) => [column, names.indexOf(column)]));
}

function readRow(row: CsvRow, columns: Map<Column, number>): ActorRow {
  const at = `line ${row.line}`;
  if (row.cells.length !== columns.size)
    throw new ImportError(`${at}: ${row.cells.length} fields, the header has ${columns.size}`);
  const cell = (column: Column) => row.cells[columns.get(column)!]!.trim();
  const name = cell('name');
  const kind = actorKindOf(cell('kind'));
  const aliases = cell('aliases')
    .split(/[;|]/)
    .map((alias) => alias.trim())
    .filter(Boolean);
  const summary = cell('summary');
  if (!name) throw new ImportError(`${at}: the name is empty`);
  if (name.length > 200) throw new ImportError(`${at}: the name is longer than 200 characters`);
  if (!kind)
    throw new ImportError(`${at}: kind '${cell('kind')}' is not one of ${ACTOR_KINDS.map(kindWord).join(', ')}`);
  const long = aliases.find((alias) => alias.length > 200);
  if (long) throw new ImportError(`${at}: the alias "${long.slice(0, 40)}…" is longer than 200 characters`);
  if (summary.length > 5000) throw new ImportError(`${at}: the summary is longer than 5000 characters`);
  return { line: row.line, name, kind, aliases, summary };
}

/** "armed-group" → "armed group": the word the interface shows. */
const kindWord = (kind: ActorKind) => kind.replace(/-/g, ' ');

/**
 * A kind as the interface writes it ("Armed group") or as its slug ("armed-group"); American
 * spelling too, since a list made elsewhere says "organization".
 */
export function actorKindOf(cell: string): ActorKind | undefined {
  const slug = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/^organization$/, 'organisation');
  return (ACTOR_KINDS as readonly string[]).includes(slug) ? (slug as ActorKind) : undefined;
}
