import * as v from 'valibot';
import {
  passwordNeeded,
  sameAccount,
  SYNC_DEFAULTS,
  type SyncSettingsParsed,
  SyncSettingsSchema,
  type SyncStatus,
} from '@/lib/sync';

/** The form as typed: numbers stay text until they are checked. */
export interface SyncFormValues {
  url: string;
  user: string;
  password: string;
  passphrase: string;
  intervalMinutes: string;
  deletePercent: string;
}

export type SyncField = keyof SyncFormValues;
export type FieldErrors = Partial<Record<SyncField, string>>;

export type CheckedForm =
  { settings: SyncSettingsParsed; errors?: undefined } | { settings?: undefined; errors: FieldErrors };

/** The order errors are read in, and the field that gets focus first. */
export const FIELD_ORDER: readonly SyncField[] = [
  'url',
  'user',
  'password',
  'passphrase',
  'intervalMinutes',
  'deletePercent',
];

/** Starts from what is saved; secrets are never read back, so they start empty ("keep"). */
export function formFromStatus(status: SyncStatus | undefined): SyncFormValues {
  const saved = status?.state !== 'off' ? status : undefined;
  return {
    url: saved?.url ?? '',
    user: saved?.user ?? '',
    password: '',
    passphrase: '',
    intervalMinutes: String(saved?.intervalMinutes ?? SYNC_DEFAULTS.intervalMinutes),
    deletePercent: String(Math.round((saved?.deleteShareToConfirm ?? SYNC_DEFAULTS.deleteShareToConfirm) * 100)),
  };
}

/** Empty text is "no number", which the schema words, rather than 0. */
function numberFrom(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * Checks the form with the background's own schema, to show each problem at its field
 * before anything is asked of the browser. An empty password is fine only where the saved
 * one will be kept (same server, same user); the background checks that again.
 */
export function checkForm(values: SyncFormValues, saved: SyncStatus | undefined): CheckedForm {
  const candidate = {
    url: values.url,
    user: values.user,
    password: values.password,
    passphrase: values.passphrase,
    intervalMinutes: numberFrom(values.intervalMinutes),
    deleteShareToConfirm: numberFrom(values.deletePercent) / 100,
  };
  const parsed = v.safeParse(SyncSettingsSchema, candidate);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = v.getDotPath(issue);
      const field: SyncField = key === 'deleteShareToConfirm' ? 'deletePercent' : (key as SyncField);
      errors[field] ??= issue.message;
    }
  }
  const keepsPassword =
    parsed.success && saved?.url !== undefined && sameAccount(parsed.output, { url: saved.url, user: saved.user });
  if (values.password === '' && !errors.url && !errors.user && !keepsPassword)
    errors.password = passwordNeeded(Boolean(saved?.url));
  return parsed.success && Object.keys(errors).length === 0 ? { settings: parsed.output } : { errors };
}

/** The background's refusals name the request and the field path; the Sync section shows the sentence. */
export function syncErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Bad "sync\/[a-z]+" request: /, '').replace(/(^|; )config\.\w+: /g, '$1');
}
