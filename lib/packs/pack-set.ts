import * as v from 'valibot';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './schema';
import { PackError } from './pack-error';

/**
 * Format 3: one pack in several files. A pack built from Wikidata outgrows what a browser reads and
 * sends comfortably as one file (and what a host serves as one), so it is split into parts of at
 * most a few megabytes. Every part carries the pack's head (id, name, version, sources) and the file
 * names of all parts, so that any part says what the set is and which files complete it (a
 * subscription fetches the others beside it). Joined, the parts are one format-2 pack.
 */
export const PACK_SET_FORMAT_VERSION = 3;

/** One file of the set as read: its name (for messages) and its parsed JSON. */
export interface PackFile {
  name: string;
  json: unknown;
}

const PartFileName = v.pipe(v.string(), v.regex(/^[^/\\]{1,200}$/, 'must be a file name'));
const PartSchema = v.looseObject({
  format: v.literal(PACK_FORMAT),
  formatVersion: v.literal(PACK_SET_FORMAT_VERSION),
  id: v.string(),
  name: v.string(),
  version: v.number(),
  sources: v.optional(v.unknown()),
  part: v.pipe(v.number(), v.integer(), v.minValue(1)),
  parts: v.pipe(v.array(PartFileName), v.minLength(1), v.maxLength(1000)),
  entities: v.array(v.unknown()),
});
type Part = v.InferOutput<typeof PartSchema>;

/** Whether a document says it is a part of a pack set (checked properly when the set is joined). */
export function isPackPart(json: unknown): boolean {
  const { format, formatVersion } = (json ?? {}) as Record<string, unknown>;
  return format === PACK_FORMAT && formatVersion === PACK_SET_FORMAT_VERSION;
}

/**
 * The parts of one pack set joined into the one pack they make, in format 2, for `validatePack`
 * to check like any other: relations and places may point from one part into another.
 */
export function joinPackParts(files: readonly PackFile[]): Record<string, unknown> {
  const parts = files.map(readPart);
  const [first] = parts;
  if (!first) throw new PackError('Pack refused: no file chosen');
  const byIndex = new Map<number, Part>();
  for (const [index, part] of parts.entries()) {
    const name = files[index]!.name;
    if (!samePack(first, part)) {
      throw new PackError(
        `Pack refused: “${name}” is a part of another pack (${part.id} v${String(part.version)}), ` +
          `not of “${first.name}” (${first.id} v${String(first.version)})`,
      );
    }
    if (part.part > first.parts.length)
      throw new PackError(
        `Pack refused: “${name}” says it is part ${String(part.part)} of ${String(first.parts.length)}`,
      );
    if (byIndex.has(part.part))
      throw new PackError(`Pack refused: part ${String(part.part)} of “${first.name}” was chosen twice`);
    byIndex.set(part.part, part);
  }
  const missing = first.parts.filter((_, index) => !byIndex.has(index + 1));
  if (missing.length > 0) {
    throw new PackError(
      `Pack refused: “${first.name}” comes in ${String(first.parts.length)} files; choose them all together ` +
        `(missing: ${missing.join(', ')})`,
    );
  }
  const ordered = first.parts.map((_, index) => byIndex.get(index + 1)!);
  const { format, id, name, version, sources } = first;
  return {
    format,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    name,
    version,
    ...(sources === undefined ? {} : { sources }),
    entities: ordered.flatMap((part) => part.entities),
  };
}

function readPart(file: PackFile): Part {
  const parsed = v.safeParse(PartSchema, file.json);
  if (parsed.success) return parsed.output;
  if (!isPackPart(file.json))
    throw new PackError(
      `Pack refused: “${file.name}” is not a part of a pack set; a pack in one file is imported alone`,
    );
  const issue = parsed.issues[0];
  throw new PackError(`Pack refused: “${file.name}”: ${v.getDotPath(issue) ?? ''} ${issue.message}`.trim());
}

/** Parts of one set agree on everything but their entities and their own index. */
function samePack(a: Part, b: Part): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.version === b.version &&
    JSON.stringify(a.sources) === JSON.stringify(b.sources) &&
    JSON.stringify(a.parts) === JSON.stringify(b.parts)
  );
}
