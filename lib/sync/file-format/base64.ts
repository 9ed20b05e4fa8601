/**
 * Base64 for the few short values format.json holds (a salt, a check value).
 * Uint8Array.toBase64 is not in Node 20 or every browser we support yet.
 */
export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** Standard alphabet with padding: exactly what toBase64 writes. */
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The caller has checked `text` against BASE64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
