import type { HandWrittenEntity } from './types';

/** Every id a hand-written entity points at: its relations' targets and its event place. */
export function referencedIds(entities: readonly HandWrittenEntity[]): string[] {
  const ids = entities.flatMap((entity) => [
    ...(entity.relations ?? []).map((relation) => relation.target),
    ...(entity.place ? [entity.place] : []),
  ]);
  return [...new Set(ids)];
}

/**
 * "Seated in Singapore" is seated in the state: a city-state has no second entity, so an id for its
 * city ("city-singapore-sg") is read as the state's ("country-sg").
 */
export function withCityStatesAsStates(
  entities: readonly HandWrittenEntity[],
  stateOf: ReadonlyMap<string, string>,
): HandWrittenEntity[] {
  const resolve = (id: string) => stateOf.get(id) ?? id;
  return entities.map((entity) => ({
    ...entity,
    ...(entity.place ? { place: resolve(entity.place) } : {}),
    ...(entity.relations ? { relations: entity.relations.map((r) => ({ ...r, target: resolve(r.target) })) } : {}),
  }));
}

/** Thrown when organisations.json points at an id or source the pack does not have. */
export class WorldPackError extends Error {
  override name = 'WorldPackError';
}

/**
 * organisations.json is written by hand against ids the builder makes: a typo or a city the data
 * names differently must stop the build, not ship a relation to nothing.
 */
export function checkHandWritten(
  entities: readonly HandWrittenEntity[],
  builtIds: ReadonlySet<string>,
  knownSources: ReadonlySet<string>,
  hint: (id: string) => string,
): void {
  const knownIds = new Set([...builtIds, ...entities.map((entity) => entity.id)]);
  const problems = entities.flatMap((entity) => [
    ...referencedIds([entity])
      .filter((id) => !knownIds.has(id))
      .map((id) => `${entity.id} points at "${id}": ${hint(id)}`),
    ...(entity.sources ?? [])
      .filter((slug) => !knownSources.has(slug))
      .map((slug) => `${entity.id} cites unknown source "${slug}"`),
    ...(builtIds.has(entity.id) ? [`${entity.id} has the id of an entity the builder makes`] : []),
  ]);
  if (problems.length) {
    throw new WorldPackError(`organisations.json does not fit the world pack:\n  ${problems.join('\n  ')}`);
  }
}
