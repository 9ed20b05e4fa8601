import { MAX_STAGED_CHARS, parseJsonText } from '@/lib/backup';
import { BUNDLED_PACKS, isPackPart, validatePack, validatePackFiles, type Pack, type PackFile } from '@/lib/packs';
import { downloadPack } from './download';
import { SubscriptionError } from './problems';
import type { Validators } from './records';

export type FollowedFile = { kind: 'not-modified' } | { kind: 'pack'; pack: Pack; validators: Validators };

const MB = 1024 * 1024;

/**
 * The pack at a followed address, checked as a pack file chosen in the editor is (size, JSON, the
 * format and its rules). A part of a pack in several files (format 3) names the others, which are
 * fetched beside it, in its folder on the same host, and checked joined; when the followed part
 * has not changed (a 304), neither has the set, since every part repeats the set's version.
 */
export async function fetchFollowedPack(
  address: string,
  known: Validators,
  fetcher?: typeof fetch,
): Promise<FollowedFile> {
  const download = await downloadPack(address, known, fetcher);
  if (download.kind === 'not-modified') return download;
  const json = parseJsonText(download.text);
  const pack = isPackPart(json)
    ? validatePackFiles(await withOtherParts(address, json, download.text.length, fetcher))
    : validatePack(json);
  if (BUNDLED_PACKS.some((bundled) => bundled.id === pack.id)) {
    throw new SubscriptionError(
      `The file calls itself “${pack.id}”, the id of a pack bundled with Backstory, which updates only with Backstory`,
    );
  }
  return { kind: 'pack', pack, validators: download.validators };
}

async function withOtherParts(
  address: string,
  json: unknown,
  chars: number,
  fetcher?: typeof fetch,
): Promise<PackFile[]> {
  const fileName = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  const files: PackFile[] = [{ name: fileName(address), json }];
  const { part, parts } = json as { part?: unknown; parts?: unknown };
  // A part whose list of parts is not a list of file names is refused by the set's own checks.
  if (!Array.isArray(parts) || !parts.every((name) => typeof name === 'string' && /^[^/\\]{1,200}$/.test(name)))
    return files;
  let total = chars;
  for (const [index, name] of (parts as string[]).entries()) {
    if (index + 1 === part) continue;
    const other = await downloadPack(new URL(encodeURIComponent(name), address).href, {}, fetcher).catch(
      (error: unknown) => {
        throw new SubscriptionError(
          `“${name}”, a part of this pack beside the followed file: ${(error as Error).message}`,
        );
      },
    );
    if (other.kind === 'not-modified') throw new SubscriptionError(`“${name}” answered 304 to a first request`);
    total += other.text.length;
    if (total > MAX_STAGED_CHARS) {
      throw new SubscriptionError(
        `The pack’s files are more than ${MAX_STAGED_CHARS / MB} MB together; Backstory imports packs up to that size`,
      );
    }
    files.push({ name, json: parseJsonText(other.text) });
  }
  return files;
}
