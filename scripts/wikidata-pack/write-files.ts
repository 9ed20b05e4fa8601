import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { PACK_SET_FORMAT_VERSION, type Pack } from '@/lib/packs';

/**
 * A pack over this is written as a set of parts (format 3): a browser reads, parses and sends a file
 * of a few megabytes at once without a pause a reader notices, and any host serves it.
 */
export const MAX_PACK_FILE_BYTES = 4 * 1024 * 1024;

export interface WrittenFile {
  file: string;
  bytes: number;
  entities: number;
}

/**
 * One entity a line, as the world pack is written. One file when the pack fits in 4 MB; else
 * `name.part-1.json`, `name.part-2.json`... beside `--out`, each under 4 MB. Every file is written to
 * a side file that replaces its target only once complete: a build that fails half-way leaves the
 * last good files in place.
 */
export async function writePackFiles(pack: Pack, out: string, maxBytes = MAX_PACK_FILE_BYTES): Promise<WrittenFile[]> {
  const { entities, ...head } = pack;
  const lines = entities.map((entity) => JSON.stringify(withoutEmptyLists(entity)));
  const headBytes = Buffer.byteLength(JSON.stringify(head)) + 100;
  const total = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 6, 0);
  if (headBytes + total <= maxBytes) return [await writeOne(out, head, lines)];
  // Room in each part for the list of the set's file names, over-counted by one part.
  const partsGuess = Math.ceil(total / (maxBytes - headBytes)) + 1;
  const listBytes = (Buffer.byteLength(basename(partName(out, 10 * partsGuess))) + 4) * partsGuess;
  const groups = groupBySize(lines, maxBytes - headBytes - listBytes);
  const names = groups.map((_, index) => partName(out, index + 1));
  const written: WrittenFile[] = [];
  for (const [index, group] of groups.entries()) {
    const partHead = {
      ...head,
      formatVersion: PACK_SET_FORMAT_VERSION,
      part: index + 1,
      parts: names.map((name) => basename(name)),
    };
    written.push(await writeOne(names[index]!, partHead, group));
  }
  return written;
}

function partName(out: string, part: number): string {
  const extension = extname(out) || '.json';
  return join(dirname(out), `${basename(out, extname(out))}.part-${String(part)}${extension}`);
}

function groupBySize(lines: readonly string[], maxBytes: number): string[][] {
  const groups: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    const bytes = Buffer.byteLength(line) + 6;
    if (size + bytes > maxBytes && groups.at(-1)!.length > 0) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(line);
    size += bytes;
  }
  return groups;
}

async function writeOne(file: string, head: object, lines: readonly string[]): Promise<WrittenFile> {
  const partial = `${file}.part`;
  const stream = createWriteStream(partial);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await write(
    `{\n${Object.entries(head)
      .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`)
      .join('\n')}\n`,
  );
  await write('  "entities": [\n');
  for (const [index, line] of lines.entries()) await write(`    ${line}${index < lines.length - 1 ? ',' : ''}\n`);
  await write('  ]\n}\n');
  stream.end();
  await once(stream, 'finish');
  await rename(partial, file);
  return { file, bytes, entities: lines.length };
}

/** The format reads a missing list as empty; most items have no relation in the pack. */
function withoutEmptyLists(entity: object): object {
  return Object.fromEntries(
    Object.entries(entity).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
  );
}
