import { RemoteError } from '../remote';
import { folderSegments, resourceUrl } from './address';
import { readCapped } from './body';
import { exchange, type Connection } from './connection';
import { notWebDav, type Purpose } from './errors';
import { readMultistatus, type DavEntry } from './multistatus';

/** Asking for two properties, not allprop, keeps a listing of a few thousand chunks small. */
const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/><getcontentlength/></prop></propfind>';

/** A folder of 10,000 chunks lists in about 5 MB; a listing far past that is not ours to hold in memory. */
export const MAX_LISTING_BYTES = 32 * 1024 * 1024;

export interface Listing {
  /** The listed folder itself, as the server describes it. */
  self: DavEntry;
  /** What is directly inside it (Depth 1), dot-files included. */
  children: DavEntry[];
}

/**
 * PROPFIND of the folder `dir` (relative to the configured folder). Undefined when the server
 * says it does not exist (404), so a missing folder lists as empty.
 */
export async function propfind(
  connection: Connection,
  dir: string,
  depth: '0' | '1',
  action: string,
): Promise<Listing | undefined> {
  const url = resourceUrl(connection.folder, dir, true);
  const purpose: Purpose = { action, host: connection.folder.host };
  const request = {
    method: 'PROPFIND',
    url,
    action,
    headers: { Depth: depth, 'Content-Type': 'application/xml; charset=utf-8' },
    body: PROPFIND_BODY,
    accept: depth === '1' ? [404] : [],
    // Depth 0 is check()'s question, the one place where naming a redirect's target helps.
    locateRedirect: depth === '0',
  };
  const body = await exchange(connection, request, async (response) => {
    if (response.status === 404) return undefined;
    if (response.status !== 207) throw notWebDav(purpose, `a ${response.status} answer instead of a folder listing`);
    return readCapped(response, MAX_LISTING_BYTES, purpose);
  });
  if (!body) return undefined;
  const entries = readMultistatus(new TextDecoder().decode(body), url);
  if (!entries) throw notWebDav(purpose, 'something other than a WebDAV folder listing');
  return splitListing(entries, folderSegments(connection.folder, dir), purpose);
}

/**
 * The folder's own entry is the one whose path is the folder's; every other entry must sit
 * directly inside it. A server (or a proxy rewriting paths) that answers for some other path
 * would otherwise make a full folder look empty, so that is an error, not an empty list.
 */
function splitListing(entries: DavEntry[], folder: string[], purpose: Purpose): Listing {
  const isFolder = (entry: DavEntry) => sameSegments(entry.segments, folder);
  const self = entries.find(isFolder);
  if (!self) {
    throw new RemoteError(
      'not-webdav',
      `${purpose.host} answered for a different path than the one asked when Backstory tried to ${purpose.action}; a proxy in front of the server may be rewriting addresses.`,
    );
  }
  const children = entries.filter(
    (entry) => entry.segments.length === folder.length + 1 && sameSegments(entry.segments.slice(0, -1), folder),
  );
  return { self, children };
}

function sameSegments(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** Dot-files are hidden: they are writes in progress (ours) or a server's own bookkeeping. */
export function visibleName(entry: DavEntry): string | undefined {
  const name = entry.segments[entry.segments.length - 1];
  return name && !name.startsWith('.') ? name : undefined;
}
