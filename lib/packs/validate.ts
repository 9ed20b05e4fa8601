import * as v from 'valibot';
import { describeIssues } from '@/lib/store/drafts';
import { PackSchema, type Pack } from './schema';

export class PackError extends Error {}

/** Checks shape first, then what a schema cannot: unique ids and targets that resolve. */
export function validatePack(input: unknown): Pack {
  const parsed = v.safeParse(PackSchema, input);
  if (!parsed.success) throw new PackError(`Pack refused: ${describeIssues(parsed.issues)}`);
  const pack = parsed.output;
  const ids = new Set<string>();
  for (const [index, entity] of pack.entities.entries()) {
    if (ids.has(entity.id)) throw new PackError(`Pack refused: entities.${index}: duplicate id "${entity.id}"`);
    ids.add(entity.id);
  }
  for (const [index, entity] of pack.entities.entries()) {
    const where = `entities.${index} (${entity.id})`;
    if (entity.place && !ids.has(entity.place)) throw new PackError(`Pack refused: ${where}: unknown place "${entity.place}"`);
    for (const relation of entity.relations) {
      if (!ids.has(relation.target)) throw new PackError(`Pack refused: ${where}: unknown relation target "${relation.target}"`);
    }
  }
  return pack;
}
