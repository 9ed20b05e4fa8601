import { BUNDLED_PACKS, loadBundledPack } from '@/lib/packs';
import type { BackstoryDatabase, StoreWrites } from '@/lib/store';

/**
 * Loads the bundled packs that are new or newer, one after the other, and calls `changed`
 * after each one that wrote something, so the tabs mark the starter's names before the
 * world pack has finished. After a pack removal `evenIfCurrent` plans them again: an actor the
 * removed pack hosted gets the world pack's own entity back. `planned` hears each pack's
 * writes before they begin, so the tabs can be marked from them while they are written.
 */
export async function loadBundledPacks(
  db: BackstoryDatabase,
  changed: () => void,
  { evenIfCurrent = false, planned }: { evenIfCurrent?: boolean; planned?: (writes: StoreWrites) => void } = {},
): Promise<void> {
  for (const pack of BUNDLED_PACKS) {
    try {
      const report = await loadBundledPack(db, pack, { evenIfCurrent, planned });
      if (report && report.added + report.updated + report.removed > 0) changed();
    } catch (error) {
      // One bad pack must not keep the others out; the next start tries it again.
      console.error(`Backstory could not load the bundled pack ${pack.id}`, error);
    }
  }
}
