import * as v from 'valibot';
import type { SyncConfig } from './types';

/**
 * The sync settings a reader enters, checked the same way in the editor (to point at the
 * field) and in the background (the authority, since any extension page can send a request).
 * Messages name the field in the editor's words, so they can be shown as they are.
 */

export const SYNC_DEFAULTS = { intervalMinutes: 30, deleteShareToConfirm: 0.1 } as const;

const MAX_URL_CHARS = 2000;
const MAX_USER_CHARS = 200;
const MAX_SECRET_CHARS = 1000;
const MIN_PASSPHRASE_CHARS = 8;

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * A WebDAV folder is a collection, addressed with a trailing slash; without it many servers
 * answer with a redirect, which the client refuses to follow with credentials.
 */
function asFolder(text: string): string {
  const url = new URL(text);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Each field reports its first problem only: "not a web address" says enough about "ftp:x". */
const firstProblem = <T extends v.GenericSchema>(schema: T): T => v.config(schema, { abortPipeEarly: true });

const FolderUrl = firstProblem(
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('Address: enter the address of the WebDAV folder.'),
    v.maxLength(MAX_URL_CHARS, `Address: at most ${MAX_URL_CHARS} characters.`),
    v.check(
      (text) => parseUrl(text) !== undefined,
      'Address: not a web address (it should look like https://cloud.example.org/remote.php/dav/files/ana/).',
    ),
    v.check(
      (text) => /^https?:$/.test(parseUrl(text)?.protocol ?? ''),
      'Address: must start with https:// (or http://).',
    ),
    // A password in the address would be stored and shown with it; it belongs in its own field.
    v.check(
      (text) => !parseUrl(text)?.username && !parseUrl(text)?.password,
      'Address: must not contain a user or password; enter them in their own fields.',
    ),
    v.check(
      (text) => !parseUrl(text)?.search && !parseUrl(text)?.hash,
      'Address: a folder address has no ? or # part.',
    ),
    v.transform(asFolder),
  ),
);

const User = firstProblem(
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('User: enter the user name.'),
    v.maxLength(MAX_USER_CHARS, `User: at most ${MAX_USER_CHARS} characters.`),
    // Basic auth joins user and password with a colon (RFC 7617), so a user name cannot hold one.
    v.check((user) => !user.includes(':'), 'User: must not contain a colon.'),
  ),
);

const Interval = firstProblem(
  v.pipe(
    v.number('Sync every: enter a number of minutes.'),
    v.integer('Sync every: a whole number of minutes.'),
    v.check(
      (minutes) => minutes === 0 || (minutes >= 5 && minutes <= 1440),
      'Sync every: 0 (only when you ask) or 5 to 1440 minutes.',
    ),
  ),
);

const Share = firstProblem(
  v.pipe(
    v.number('Ask before deleting: enter a percentage.'),
    v.minValue(0.05, 'Ask before deleting: 5% to 100%.'),
    v.maxValue(1, 'Ask before deleting: 5% to 100%.'),
  ),
);

const Password = v.pipe(
  v.string(),
  v.maxLength(MAX_SECRET_CHARS, `App password: at most ${MAX_SECRET_CHARS} characters.`),
);

const Passphrase = firstProblem(
  v.pipe(
    v.string(),
    v.maxLength(MAX_SECRET_CHARS, `Passphrase: at most ${MAX_SECRET_CHARS} characters.`),
    v.check(
      (text) => text === '' || text.length >= MIN_PASSPHRASE_CHARS,
      `Passphrase: at least ${MIN_PASSPHRASE_CHARS} characters, or none.`,
    ),
  ),
);

/**
 * What the editor sends with "Test connection" and "Save". An empty password or passphrase
 * keeps the saved one (the editor never reads them back), see `completeConfig`.
 */
export const SyncSettingsSchema = v.strictObject({
  url: FolderUrl,
  user: User,
  password: Password,
  passphrase: v.optional(Passphrase),
  intervalMinutes: Interval,
  deleteShareToConfirm: Share,
});

export type SyncSettings = v.InferInput<typeof SyncSettingsSchema>;
export type SyncSettingsParsed = v.InferOutput<typeof SyncSettingsSchema>;

/** What storage.local holds: a complete configuration, password included. */
export const StoredSyncConfigSchema = v.strictObject({
  version: v.literal(1),
  url: FolderUrl,
  user: User,
  password: v.pipe(Password, v.nonEmpty()),
  passphrase: v.optional(v.pipe(Passphrase, v.nonEmpty())),
  intervalMinutes: Interval,
  deleteShareToConfirm: Share,
});

/** The browser permission pattern for the server: every port and path of its host, one scheme. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export function hostOf(url: string): string {
  return new URL(url).host;
}

interface Account {
  url: string;
  user?: string;
}

/** Same server origin and same user: where a saved password may be kept (the form asks it too). */
export function sameAccount(settings: Account, saved: Account): boolean {
  return new URL(settings.url).origin === new URL(saved.url).origin && settings.user === saved.user;
}

/** What an empty password field is told, with or without a saved configuration. */
export function passwordNeeded(hasSaved: boolean): string {
  return hasSaved
    ? 'App password: enter it again, since the server or user changed.'
    : 'App password: enter the app password.';
}

/**
 * Fills the secrets the reader left empty from the saved configuration. The saved password
 * is only ever sent to the server and user it was entered for: a new address or user needs
 * it typed again, so that editing the address can never hand it to another host.
 */
export function completeConfig(settings: SyncSettingsParsed, saved: SyncConfig | undefined): SyncConfig {
  const { password, passphrase, ...rest } = settings;
  const keptPassword = saved && sameAccount(settings, saved) ? saved.password : undefined;
  const finalPassword = password || keptPassword;
  if (!finalPassword) {
    throw new Error(passwordNeeded(Boolean(saved)));
  }
  const finalPassphrase = passphrase || saved?.passphrase;
  return { ...rest, password: finalPassword, ...(finalPassphrase ? { passphrase: finalPassphrase } : {}) };
}
