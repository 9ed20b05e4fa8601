import { foldText } from '@/lib/matcher';
import { noChanges, sumCounts } from '@/lib/packs/plan';
import {
  type AliasRecord,
  type BackstoryDatabase,
  emptyWrites,
  type EntityRecord,
  listEntitiesWithAliases,
  newId,
  type StoreWrites,
} from '@/lib/store';
import type { ActorRow } from './actor-csv';
import type { ImportReport } from './report';

type Known = Awaited<ReturnType<typeof listEntitiesWithAliases>>[number];

/** Acronyms ("IS", "US", "SDF") match only as written, or "is" and "us" would be marked everywhere. */
const ACRONYM = /^[A-Z0-9]{2,5}$/;

/**
 * An actor already in the store (same kind, same name once folded) gets the aliases it lacks
 * and the list's summary; any other becomes a new entity of the reader's. Importing the same
 * list twice therefore changes nothing the second time.
 */
export async function planActorCsv(db: BackstoryDatabase, rows: readonly ActorRow[], now: number) {
  const known = new Map<string, Known>();
  for (const entry of await listEntitiesWithAliases(db))
    known.set(`${entry.entity.kind}:${foldText(entry.entity.name)}`, entry);
  const writes = emptyWrites();
  const byTable = { entities: noChanges(), aliases: noChanges() };
  for (const row of rows) {
    const match = known.get(`${row.kind}:${foldText(row.name)}`);
    const entity = match?.entity ?? newEntity(row, now);
    if (!match) {
      writes.entities.push(entity);
      byTable.entities.added += 1;
    } else if (row.summary && row.summary !== entity.summary) {
      writes.entities.push({ ...entity, summary: row.summary, updatedAt: now, editedByReader: true });
      byTable.entities.updated += 1;
    }
    const aliases = missingAliases(entity, match?.aliases ?? [], row.aliases, now);
    writes.aliases.push(...aliases);
    byTable.aliases.added += aliases.length;
  }
  const report: ImportReport = { kind: 'csv', ...sumCounts(Object.values(byTable)), byTable };
  return { report, writes } satisfies { report: ImportReport; writes: StoreWrites };
}

function newEntity(row: ActorRow, now: number): EntityRecord {
  return {
    id: newId('entity'),
    kind: row.kind,
    name: row.name,
    summary: row.summary,
    createdAt: now,
    updatedAt: now,
    origin: 'reader',
  };
}

function missingAliases(entity: EntityRecord, existing: AliasRecord[], wanted: string[], now: number): AliasRecord[] {
  const seen = new Set([foldText(entity.name), ...existing.filter((a) => !a.stop).map((a) => foldText(a.text))]);
  return wanted.flatMap((text) => {
    if (seen.has(foldText(text))) return [];
    seen.add(foldText(text));
    return [
      {
        id: newId('alias'),
        entityId: entity.id,
        text,
        caseSensitive: ACRONYM.test(text),
        createdAt: now,
        updatedAt: now,
        origin: 'reader' as const,
      },
    ];
  });
}
