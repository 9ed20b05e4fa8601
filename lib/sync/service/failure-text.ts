import { toBase64 } from '../file-format/base64';
import { hostOf } from './config';
import type { SyncConfig } from './types';

/** Secrets shorter than this are not searched for: hiding every "a" would make messages unreadable. */
const MIN_REDACTED_CHARS = 4;

function base64(text: string): string {
  return toBase64(new TextEncoder().encode(text));
}

/**
 * Statuses are stored and shown, so a message that quotes a secret (a server echoing the
 * Authorization header, an engine error naming its input) has it blotted out first.
 */
export function redact(text: string, config: SyncConfig): string {
  const secrets = [config.password, config.passphrase, base64(`${config.user}:${config.password}`)].filter(
    (secret): secret is string => secret !== undefined && secret.length >= MIN_REDACTED_CHARS,
  );
  return secrets.reduce((out, secret) => out.split(secret).join('•••'), text);
}

export function failureText(error: unknown, config: SyncConfig): string {
  const message = error instanceof Error ? error.message : String(error);
  return redact(message.trim() || 'The sync failed without saying why.', config);
}

export function noPermissionText(url: string): string {
  return `Backstory is not allowed to reach ${hostOf(url)}. Save the sync settings again in the editor and allow access when the browser asks.`;
}
