import { parseJsonText } from '@/lib/backup/input';
import { BUNDLED_PACKS, validatePack, type Pack } from '@/lib/packs';
import { downloadPack } from './download';
import { SubscriptionError } from './problems';
import type { PackSubscription, Validators } from './records';

export type CheckOutcome =
  | { kind: 'unchanged'; validators: Validators }
  | { kind: 'newer'; pack: Pack; validators: Validators }
  | { kind: 'problem'; reason: string };

/**
 * The same checks a pack file chosen in the editor passes (size, JSON, the pack format and its
 * rules), and one more: Backstory's own packs update with Backstory, never from an address.
 */
export function readPack(text: string): Pack {
  const pack = validatePack(parseJsonText(text));
  if (BUNDLED_PACKS.some((bundled) => bundled.id === pack.id)) {
    throw new SubscriptionError(`The file calls itself “${pack.id}”, the id of a pack bundled with Backstory, which updates only with Backstory`);
  }
  return pack;
}

type Followed = Pick<PackSubscription, 'address' | 'packId' | 'packName' | 'etag' | 'lastModified'>;

/**
 * Looks at a followed address once. Only a higher version of the same pack is an update; a file
 * that is broken, too big, not a pack, another pack or an older version is a problem, which the
 * caller reports and which changes nothing. `storeVersion` is the version the store holds.
 */
export async function checkSubscription(followed: Followed, storeVersion: number, fetcher?: typeof fetch): Promise<CheckOutcome> {
  try {
    const download = await downloadPack(followed.address, followed, fetcher);
    if (download.kind === 'not-modified') return { kind: 'unchanged', validators: { etag: followed.etag, lastModified: followed.lastModified } };
    const pack = readPack(download.text);
    if (pack.id !== followed.packId) {
      return problem(`The address now serves another pack, “${pack.name}” (${pack.id}), not “${followed.packName}”`);
    }
    if (pack.version < storeVersion) {
      return problem(`The address serves version ${pack.version}, older than the version ${storeVersion} in your store`);
    }
    if (pack.version === storeVersion) return { kind: 'unchanged', validators: download.validators };
    return { kind: 'newer', pack, validators: download.validators };
  } catch (error) {
    return problem(error instanceof Error ? error.message : String(error));
  }
}

const problem = (reason: string): CheckOutcome => ({ kind: 'problem', reason });
