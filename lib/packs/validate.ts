import * as v from 'valibot';
import { PackError } from './pack-error';
import { isPackPart, joinPackParts, PACK_SET_FORMAT_VERSION, type PackFile } from './pack-set';
import { MAX_PACK_ENTITIES, PACK_FORMAT, PackSchema, type Pack } from './schema';

export { PackError } from './pack-error';

const MAX_ISSUES_NAMED = 3;

/**
 * The pack one or more files make: one pack file (format 1 or 2) alone, or every part of a pack set
 * (format 3) chosen together.
 */
export function validatePackFiles(files: readonly PackFile[]): Pack {
  if (files.length === 1 && !isPackPart(files[0]!.json)) return validatePack(files[0]!.json);
  return validatePack(joinPackParts(files));
}

/** Checks shape first, then what a schema cannot: unique ids and targets that resolve. */
export function validatePack(input: unknown): Pack {
  if (isPackPart(input)) return validatePack(joinPackParts([{ name: 'the file', json: input }]));
  refuseEarly(input);
  const parsed = v.safeParse(PackSchema, input);
  if (!parsed.success) throw new PackError(`Pack refused: ${describePackIssues(input, parsed.issues)}`);
  const pack = parsed.output as Pack;
  const ids = new Set<string>();
  for (const [index, entity] of pack.entities.entries()) {
    if (ids.has(entity.id)) throw new PackError(`Pack refused: entities.${index}: duplicate id "${entity.id}"`);
    ids.add(entity.id);
  }
  for (const [index, entity] of pack.entities.entries()) {
    const where = `entities.${index} (${entity.id})`;
    if (entity.place && !ids.has(entity.place))
      throw new PackError(`Pack refused: ${where}: unknown place "${entity.place}"`);
    for (const relation of entity.relations) {
      if (!ids.has(relation.target))
        throw new PackError(`Pack refused: ${where}: unknown relation target "${relation.target}"`);
    }
    for (const source of entity.sources ?? []) {
      if (!pack.sources?.[source]) throw new PackError(`Pack refused: ${where}: unknown source "${source}"`);
    }
  }
  refuseSharedKeys(pack);
  return pack;
}

/** Two entities of one pack with one key would both claim the same actor in the store. */
function refuseSharedKeys(pack: Pack): void {
  const byKey = new Map<string, string>();
  for (const entity of pack.entities) {
    if (!entity.key) continue;
    const other = byKey.get(entity.key);
    if (other) throw new PackError(`Pack refused: entities ${other} and ${entity.id} share the key "${entity.key}"`);
    byKey.set(entity.key, entity.id);
  }
}

/**
 * Two refusals come before the schema: a pack from a newer Backstory deserves a better
 * sentence than "formatVersion must be 1", and an oversized pack is refused without first
 * validating every one of its entities.
 */
function refuseEarly(input: unknown): void {
  if (!input || typeof input !== 'object') return;
  const { format, formatVersion, entities } = input as Record<string, unknown>;
  if (format === PACK_FORMAT && typeof formatVersion === 'number' && formatVersion > PACK_SET_FORMAT_VERSION) {
    throw new PackError(
      `Pack refused: it was made by a newer Backstory (formatVersion ${formatVersion}; this Backstory reads ` +
        `pack formats up to ${PACK_SET_FORMAT_VERSION}). Update Backstory to import it.`,
    );
  }
  if (formatVersion === 1 && Array.isArray(entities)) refuseNewerFields(entities);
  if (Array.isArray(entities) && entities.length > MAX_PACK_ENTITIES) {
    throw new PackError(
      `Pack refused: entities: it holds ${entities.length.toLocaleString('en')} entities; ` +
        `a pack holds at most ${MAX_PACK_ENTITIES.toLocaleString('en')}`,
    );
  }
}

const FORMAT_2_ENTITY_FIELDS = ['key', 'sources'];
const FORMAT_2_ALIAS_FIELDS = ['common', 'lang'];

/** "Expected never" says nothing to a pack's author; the field's format does. */
function refuseNewerFields(entities: unknown[]): void {
  entities.forEach((entity, index) => {
    if (!entity || typeof entity !== 'object') return;
    const { id, aliases } = entity as { id?: unknown; aliases?: unknown };
    const where = `entities.${index}${typeof id === 'string' ? ` (${id})` : ''}`;
    const field =
      FORMAT_2_ENTITY_FIELDS.find((name) => Object.hasOwn(entity, name)) ??
      (Array.isArray(aliases) &&
      aliases.some(
        (alias) =>
          alias && typeof alias === 'object' && FORMAT_2_ALIAS_FIELDS.some((name) => Object.hasOwn(alias, name)),
      )
        ? 'an alias’s common or lang'
        : undefined);
    if (field)
      throw new PackError(`Pack refused: ${where}: ${field} is a field of pack format 2; say "formatVersion": 2`);
  });
}

/** Names the entity by its id as well as its position: "entities.7 (russia).aliases.0.text". */
function describePackIssues(input: unknown, issues: readonly v.BaseIssue<unknown>[]): string {
  const entities = (input as { entities?: unknown }).entities;
  const named = issues.slice(0, MAX_ISSUES_NAMED).map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    const where = path.replace(/^entities\.(\d+)/, (whole, index: string) => {
      const id = Array.isArray(entities) ? (entities[Number(index)] as { id?: unknown } | undefined)?.id : undefined;
      return typeof id === 'string' ? `${whole} (${id})` : whole;
    });
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = issues.length - named.length;
  return named.join('; ') + (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '');
}
