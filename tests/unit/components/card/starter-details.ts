import { loadPack, starterPack } from '@/lib/packs';
import { getEntityDetail, type EntityDetail } from '@/lib/store';
import { freshDatabase } from '../../support/mini-pack';

/** Details of starter-pack entities as the background hands them to a card. */
export async function starterDetails(...ids: string[]): Promise<Record<string, EntityDetail>> {
  const db = freshDatabase();
  await loadPack(db, starterPack);
  const details = await Promise.all(ids.map((id) => getEntityDetail(db, `starter:${id}`)));
  return Object.fromEntries(ids.map((id, i) => [id, details[i]!]));
}
