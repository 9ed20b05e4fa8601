import type { Pack } from '@/lib/packs';
import type { PackSubscription, Validators } from './records';
import { fetchFollowedPack } from './read-pack';

export type CheckOutcome =
  | { kind: 'unchanged'; validators: Validators }
  | { kind: 'newer'; pack: Pack; validators: Validators }
  | { kind: 'problem'; reason: string };

type Followed = Pick<PackSubscription, 'address' | 'packId' | 'packName' | 'etag' | 'lastModified'>;

/**
 * Looks at a followed address once. Only a higher version of the same pack is an update; a file
 * that is broken, too big, not a pack, another pack or an older version is a problem, which the
 * caller reports and which changes nothing. `storeVersion` is the version the store holds.
 */
export async function checkSubscription(
  followed: Followed,
  storeVersion: number,
  fetcher?: typeof fetch,
): Promise<CheckOutcome> {
  try {
    const followedFile = await fetchFollowedPack(followed.address, followed, fetcher);
    if (followedFile.kind === 'not-modified')
      return { kind: 'unchanged', validators: { etag: followed.etag, lastModified: followed.lastModified } };
    const { pack, validators } = followedFile;
    if (pack.id !== followed.packId) {
      return problem(`The address now serves another pack, “${pack.name}” (${pack.id}), not “${followed.packName}”`);
    }
    if (pack.version < storeVersion) {
      return problem(
        `The address serves version ${pack.version}, older than the version ${storeVersion} in your store`,
      );
    }
    if (pack.version === storeVersion) return { kind: 'unchanged', validators };
    return { kind: 'newer', pack, validators };
  } catch (error) {
    return problem(error instanceof Error ? error.message : String(error));
  }
}

const problem = (reason: string): CheckOutcome => ({ kind: 'problem', reason });
