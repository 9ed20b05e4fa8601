// Answers the editor's requests about packs: which are loaded, exporting one, and removing one
// (with a preview first, and a snapshot kept as the undo).
import type { BackgroundHandlers, KnowledgeRequestType, PackInfo } from '@/lib/messaging';
import { exportPack, previewPackRemoval, removePack } from '@/lib/packs';
import { isLive, type BackstoryDatabase } from '@/lib/store';
import { loadBundledPacks } from './bundled-packs';
import type { KnowledgeWrites } from './knowledge-writes';

type PackHandlers = Pick<BackgroundHandlers, Extract<KnowledgeRequestType, `packs/${string}`>>;

export function createPackHandlers(db: BackstoryDatabase, { afterWrite, guarded }: KnowledgeWrites): PackHandlers {
  return {
    'packs/list': () => listPacks(db),
    'packs/export': async ({ selection, meta }) => {
      const pack = await exportPack(db, selection, meta);
      // Indented: a pack is meant to be read and edited by people too.
      return {
        fileName: `${pack.id}-${pack.version}.backstory-pack.json`,
        text: JSON.stringify(pack, null, 2),
        entities: pack.entities.length,
      };
    },
    'packs/remove-preview': ({ packId }) => previewPackRemoval(db, packId),
    'packs/remove': async ({ packId }) => {
      const preview = await previewPackRemoval(db, packId);
      const { value, undoId } = await guarded(`before removing the pack “${preview.name}”`, () =>
        removePack(db, packId),
      );
      // The removed pack may have hosted actors another bundled pack joined: that pack takes them over.
      void loadBundledPacks(db, () => afterWrite(undefined), { evenIfCurrent: true });
      return { ...value, undoId };
    },
  };
}

async function listPacks(db: BackstoryDatabase): Promise<PackInfo[]> {
  const packs = await db.packs.filter((pack) => pack.removedAt === undefined).toArray();
  return Promise.all(
    packs.map(async ({ id, name, version, loadedAt }) => ({
      id,
      name,
      version,
      loadedAt,
      entities: await db.entities
        .where('packId')
        .equals(id)
        .filter((e) => isLive(e) && e.origin === 'pack')
        .count(),
    })),
  );
}
