import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BuildError } from './assemble';

/** One entity of the input, parsed only when asked: most passes skip most lines by their id. */
export interface InputEntity {
  /** The file's line it starts on. */
  line: number;
  /** The id read from the line's first characters without parsing it, when it is there. */
  quickId?: string;
  /** The entity's JSON, or undefined when the line is not JSON. */
  parse(): unknown;
}

/** Where a dump line states its id: `{"type":"item","id":"Q42",` comes before any label or claim. */
const QUICK_ID = /"id":\s*"(Q[1-9]\d*)"/;
const QUICK_ID_SPAN = 300;
/** A file of `wbgetentities` answers read whole is small (50 entities an answer); a bigger one is a dump. */
const MAX_WHOLE_FILE = 256 * 1024 * 1024;

/**
 * The entities of a Wikidata file, in constant memory: the JSON dump (`[`, one entity a line ending
 * in a comma, `]`), gzipped or not; a file of `wbgetentities` answers, one a line or one
 * pretty-printed answer; or one entity a line.
 */
export async function* readEntities(file: string): AsyncGenerator<InputEntity> {
  const lines = createInterface({ input: await openText(file), crlfDelay: Infinity });
  let lineNumber = 0;
  let mode: 'lines' | 'whole' | undefined;
  const whole: string[] = [];
  let wholeSize = 0;
  for await (const text of lines) {
    lineNumber += 1;
    if (mode === undefined) {
      const first = text.trim();
      if (!first) continue;
      mode = first === '[' || isJsonObject(first.replace(/,$/, '')) ? 'lines' : 'whole';
    }
    if (mode === 'whole') {
      wholeSize += text.length + 1;
      if (wholeSize > MAX_WHOLE_FILE) throw new BuildError(`${file}: not one entity a line, and too big to read whole`);
      whole.push(text);
      continue;
    }
    yield* entitiesOfLine(text, lineNumber);
  }
  if (mode === 'whole') yield* entitiesOfDocument(whole.join('\n'), file);
}

async function openText(file: string): Promise<Readable> {
  const handle = await open(file, 'r');
  const magic = Buffer.alloc(2);
  await handle.read(magic, 0, 2, 0);
  await handle.close();
  const stream = createReadStream(file);
  // Told by its bytes, not its name: a dump renamed without .gz is still read.
  return magic[0] === 0x1f && magic[1] === 0x8b ? stream.pipe(createGunzip()) : stream;
}

function* entitiesOfLine(text: string, line: number): Generator<InputEntity> {
  const trimmed = text.trim().replace(/,$/, '');
  if (!trimmed || trimmed === '[' || trimmed === ']') return;
  const quickId = QUICK_ID.exec(trimmed.slice(0, QUICK_ID_SPAN))?.[1];
  if (!trimmed.startsWith('{"entities"')) {
    yield { line, ...(quickId ? { quickId } : {}), parse: () => parseOrUndefined(trimmed) };
    return;
  }
  const answer = parseOrUndefined(trimmed);
  yield* entitiesOfAnswer(answer, line);
}

function* entitiesOfDocument(text: string, file: string): Generator<InputEntity> {
  const document = parseOrUndefined(text);
  if (Array.isArray(document)) {
    for (const entity of document as unknown[]) yield { line: 1, parse: () => entity };
    return;
  }
  if (!isAnswer(document)) throw new BuildError(`${file}: neither a Wikidata dump nor wbgetentities answers`);
  yield* entitiesOfAnswer(document, 1);
}

function* entitiesOfAnswer(answer: unknown, line: number): Generator<InputEntity> {
  if (!isAnswer(answer)) {
    yield { line, parse: () => undefined };
    return;
  }
  for (const entity of Object.values(answer.entities)) {
    const id = (entity as { id?: unknown } | null)?.id;
    yield { line, ...(typeof id === 'string' ? { quickId: id } : {}), parse: () => entity };
  }
}

function isAnswer(value: unknown): value is { entities: Record<string, unknown> } {
  const entities = (value as { entities?: unknown } | null)?.entities;
  return !!entities && typeof entities === 'object' && !Array.isArray(entities);
}

function isJsonObject(text: string): boolean {
  const value = parseOrUndefined(text);
  return !!value && typeof value === 'object';
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
