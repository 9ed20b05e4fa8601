import { toAlias, uniqueAliases, isUsableName, type Name } from './aliases';
import { DEMONYM_LANGUAGES, NAME_LANGUAGES } from './data';
import {
  DROPPED_STATE_ALIASES,
  EXTRA_STATE_ALIASES,
  PARTLY_RECOGNISED,
  STATE_NAMES,
  TERRITORIES,
  type TerritoryTie,
} from './editorial';
import { byCodeUnits, folded, inSentence } from './text';
import type { WorldAlias, WorldData, WorldEntity } from './types';

export const stateId = (code: string): string => `country-${code.toLowerCase()}`;

/** Every code i18n-iso-countries has, in code order. */
export function stateCodes(data: WorldData): string[] {
  return Object.keys(data.countryNames.en ?? {}).sort(byCodeUnits);
}

/** The name a reader knows the state by: ours where the data's first English name is formal. */
export function stateName(data: WorldData, code: string): string {
  return STATE_NAMES[code] ?? namesIn(data, 'en', code)[0] ?? code;
}

function namesIn(data: WorldData, lang: string, code: string): string[] {
  const names = data.countryNames[lang]?.[code];
  return names === undefined ? [] : ([] as string[]).concat(names);
}

function nameCandidates(data: WorldData, code: string): Name[] {
  const english: Name[] = [
    stateName(data, code),
    ...namesIn(data, 'en', code),
    ...(EXTRA_STATE_ALIASES[code] ?? []),
  ].map((text) => ({ text, lang: 'en' }));
  const foreign = NAME_LANGUAGES.filter((lang) => lang !== 'en').flatMap((lang) =>
    namesIn(data, lang, code).map((text) => ({ text, lang })),
  );
  return [...english, ...foreign];
}

function demonymCandidates(data: WorldData, code: string): Name[] {
  return DEMONYM_LANGUAGES.flatMap((lang) => {
    const text = data.nationalities[lang]?.[code];
    return text ? [{ text, lang }] : [];
  });
}

/**
 * A name in another language that is an everyday English word (German "Island" for Iceland) would be
 * marked in English text, so it is left out; the English name itself stays, flagged as a word.
 */
function usableAliases(data: WorldData, code: string, names: readonly Name[]): WorldAlias[] {
  const dropped = new Set((DROPPED_STATE_ALIASES[code] ?? []).map(folded));
  return names
    .filter((name) => isUsableName(name.text) && !dropped.has(folded(name.text)))
    .map((name) => toAlias(name, data.ordinaryWords))
    .filter((alias) => alias.lang === 'en' || !alias.common);
}

/**
 * Outside English a demonym is an adjective written in lower case ("le président soudanais"), so it
 * matches in any case; a short one ("Ier", "Rus") still only as written, or it would hit words.
 */
function demonymAliases(data: WorldData, code: string): WorldAlias[] {
  return usableAliases(data, code, demonymCandidates(data, code)).map((alias) =>
    alias.lang === 'en' || alias.text.length < 5 ? alias : { text: alias.text, lang: alias.lang },
  );
}

/**
 * A demonym two entities share ("Dominican" in Norwegian for both Dominicas, "French" in Finnish for
 * France and its southern lands) points at neither for sure: a sovereign state keeps it over a
 * territory, and two states both lose it.
 */
function withoutSharedDemonyms(demonyms: Map<string, WorldAlias[]>): Map<string, WorldAlias[]> {
  const owners = new Map<string, Set<string>>();
  for (const [code, aliases] of demonyms) {
    for (const { text } of aliases) owners.set(folded(text), (owners.get(folded(text)) ?? new Set()).add(code));
  }
  const keeps = (code: string, text: string): boolean => {
    const all = [...(owners.get(folded(text)) ?? [])];
    const states = all.filter((owner) => !TERRITORIES[owner]);
    return states.length === 0 ? all.length === 1 : states.length === 1 && states[0] === code;
  };
  return new Map([...demonyms].map(([code, aliases]) => [code, aliases.filter((alias) => keeps(code, alias.text))]));
}

function territoryTie(tie: TerritoryTie | undefined, holder: string): string {
  if (tie === 'free association') return `Self-governing in free association with ${holder}`;
  if (tie === 'crown dependency') return `British Crown dependency, not part of ${holder}`;
  if (tie === 'special administrative region') return `Special administrative region of ${holder}`;
  if (tie === 'overseas region') return `Overseas region of ${holder}, part of the country`;
  return `Territory under the sovereignty of ${holder}`;
}

function stateSummary(data: WorldData, code: string, capital: string | undefined): string {
  const territory = TERRITORIES[code];
  const capitalPart = capital ? ` Its capital is ${capital.replace(/\.$/, '')}.` : '';
  if (!territory) {
    const what = PARTLY_RECOGNISED.has(code) ? 'Partially recognised state' : 'Sovereign state';
    return `${what}.${capitalPart}`;
  }
  if (!territory.of) return `Territory under no single recognised state's sovereignty.${capitalPart}`;
  return `${territoryTie(territory.tie, inSentence(stateName(data, territory.of)))}.${capitalPart}`;
}

/** Sovereign states are `state`; dependent and disputed territories are `place`. */
export function buildStates(data: WorldData, capitals: ReadonlyMap<string, string>): WorldEntity[] {
  const codes = stateCodes(data);
  const demonyms = withoutSharedDemonyms(new Map(codes.map((code) => [code, demonymAliases(data, code)])));
  return codes.map((code) => ({
    id: stateId(code),
    key: `iso:${code}`,
    kind: TERRITORIES[code] ? 'place' : 'state',
    name: stateName(data, code),
    summary: stateSummary(data, code, capitals.get(code)),
    aliases: uniqueAliases([...usableAliases(data, code, nameCandidates(data, code)), ...(demonyms.get(code) ?? [])]),
    relations: [],
    sources: demonyms.get(code)?.length ? ['i18n-iso-countries', 'i18n-nationality'] : ['i18n-iso-countries'],
  }));
}
