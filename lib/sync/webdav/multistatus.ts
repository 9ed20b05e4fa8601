import { childrenNamed, parseXml, XmlError, type XmlElement } from './xml';

const DAV = 'DAV:';

/** One `<response>` of a PROPFIND answer. */
export interface DavEntry {
  /** The resource's path on the server, split at '/' and percent-decoded. */
  segments: string[];
  collection: boolean;
  /** getcontentlength; 0 when the server does not say (folders, some servers' files). */
  size: number;
}

/**
 * Reads a 207 multistatus body. Hrefs may be absolute (webdav-server even names a port other
 * than its own) or path-only, so only the path counts, resolved against the request's URL.
 * Returns undefined when the body is not a DAV: multistatus at all.
 */
export function readMultistatus(body: string, requestUrl: string): DavEntry[] | undefined {
  let root: XmlElement;
  try {
    root = parseXml(body);
  } catch (error) {
    if (error instanceof XmlError) return undefined;
    throw error;
  }
  if (root.ns !== DAV || root.name !== 'multistatus') return undefined;
  return childrenNamed(root, DAV, 'response').flatMap((response) => {
    const entry = readResponse(response, requestUrl);
    return entry ? [entry] : [];
  });
}

/** Splits a URL path into decoded segments; a segment that is not valid percent-encoding stays as sent. */
export function decodedSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

function readResponse(response: XmlElement, requestUrl: string): DavEntry | undefined {
  const href = childrenNamed(response, DAV, 'href')[0]?.text.trim();
  if (!href) return undefined;
  // A response-level status (instead of propstats) reports a member that failed, e.g. 403.
  const status = childrenNamed(response, DAV, 'status')[0];
  if (status && !isSuccess(status.text)) return undefined;
  let pathname: string;
  try {
    // A query or fragment means nothing in an href, but a raw '#' or '?' in a name does occur:
    // webdav-server 2.6 escapes hrefs with encodeURI, which leaves both as they are.
    pathname = new URL(href.replace(/[#?]/g, encodeURIComponent), requestUrl).pathname;
  } catch {
    return undefined;
  }
  const props = foundProps(response);
  const collection = props.some((prop) =>
    childrenNamed(prop, DAV, 'resourcetype').some((type) => childrenNamed(type, DAV, 'collection').length > 0),
  );
  const length = props.flatMap((prop) => childrenNamed(prop, DAV, 'getcontentlength'))[0]?.text.trim() ?? '';
  return { segments: decodedSegments(pathname), collection, size: /^\d+$/.test(length) ? Number(length) : 0 };
}

/** The <prop> elements of the propstats that succeeded: a 404 propstat lists properties the resource lacks. */
function foundProps(response: XmlElement): XmlElement[] {
  return childrenNamed(response, DAV, 'propstat')
    .filter((propstat) => {
      const status = childrenNamed(propstat, DAV, 'status')[0];
      return !status || isSuccess(status.text);
    })
    .flatMap((propstat) => childrenNamed(propstat, DAV, 'prop'));
}

/** "HTTP/1.1 200 OK" and the like. */
function isSuccess(statusLine: string): boolean {
  const code = /\s([1-5]\d\d)(?:\s|$)/.exec(` ${statusLine.trim()}`)?.[1];
  return code !== undefined && code.startsWith('2');
}
