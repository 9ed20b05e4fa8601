/**
 * AES-GCM with a fresh random 96-bit IV per message, stored in front of the ciphertext.
 * Random IVs are safe for up to 2^32 messages under one key (NIST SP 800-38D, 8.3); a
 * reader's sync writes a few thousand files a year.
 */
export const IV_BYTES = 12;
/** WebCrypto appends a 128-bit authentication tag to every ciphertext. */
export const TAG_BYTES = 16;

/** `iv || ciphertext || tag`; `aad` is authenticated but not stored. */
export async function seal(
  key: CryptoKey,
  plain: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain);
  const sealed = new Uint8Array(IV_BYTES + cipher.byteLength);
  sealed.set(iv);
  sealed.set(new Uint8Array(cipher), IV_BYTES);
  return sealed;
}

/**
 * The plaintext, or undefined when the bytes do not authenticate: a wrong key, a changed
 * byte, a cut, or different `aad`. GCM cannot tell these apart, so neither do we.
 */
export async function open(
  key: CryptoKey,
  sealed: Uint8Array,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (sealed.byteLength < IV_BYTES + TAG_BYTES) return undefined;
  const iv = sealed.slice(0, IV_BYTES);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: aad },
      key,
      sealed.slice(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch (error) {
    // WebCrypto reports an authentication failure as OperationError; anything else is ours to see.
    if (error instanceof DOMException && error.name === 'OperationError') return undefined;
    throw error;
  }
}
