import { starterPack, validatePack } from '@/lib/packs';
import { packRecords } from '@/lib/packs/records';
import type { SearchableRecords } from '@/lib/full-text-search';
import { ENTITY_KINDS, type AliasRecord, type EntityRecord, type FactRecord } from '@/lib/store/records';

const FIRST = ['Ahmad', 'Yusuf', 'Karim', 'Omar', 'Leyla', 'Samir', 'Nadia', 'Tariq', 'Rami', 'Huda', 'Faris', 'Zaid'];
const LAST = [
  'Haddad',
  'Khalil',
  'Mansour',
  'Nasser',
  'Saleh',
  'Darwish',
  'Hamdan',
  'Qassab',
  'Sabbagh',
  'Tamimi',
  'Azzam',
];
const PLACES = ['Homs', 'Hama', 'Deir ez-Zor', 'Qamishli', 'Daraa', 'Manbij', 'Afrin', 'Kobani', 'Douma', 'Jableh'];
const ROLES = [
  'brigade commander',
  'local council head',
  'militia spokesman',
  'provincial governor',
  'tribal elder',
  'field medic',
];

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const stamp = { createdAt: 1, updatedAt: 1, origin: 'reader' as const };

/**
 * The starter pack plus `count` invented actors with names, aliases, a summary and a fact
 * each: a store the size a reader who imports a few lists would have.
 */
export function generatedStore(count: number): SearchableRecords & { aliases: AliasRecord[]; facts: FactRecord[] } {
  const records = packRecords(validatePack(structuredClone(starterPack)));
  const packStamp = { createdAt: 1, updatedAt: 1 };
  const entities: EntityRecord[] = records.entities.map((e) => ({ ...e, ...packStamp }));
  const aliases: AliasRecord[] = records.aliases.map((a) => ({ ...a, ...packStamp }));
  const facts: FactRecord[] = records.facts.map((f) => ({ ...f, ...packStamp }));
  const pick = random(42);
  const one = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const id = `gen-${i}`;
    const [first, last, place, role] = [one(FIRST), one(LAST), one(PLACES), one(ROLES)];
    entities.push({
      id,
      kind: one(ENTITY_KINDS),
      name: `${first} ${last} ${i}`,
      summary: `A ${role} in ${place}.`,
      ...stamp,
    });
    aliases.push({ id: `${id}-a`, entityId: id, text: `${last} of ${place}`, caseSensitive: false, ...stamp });
    facts.push({ id: `${id}-f`, entityId: id, text: `Seen in ${one(PLACES)} in ${2011 + (i % 7)}.`, ...stamp });
  }
  return { entities, aliases, facts, notes: [] };
}
