import { useEffect, useState } from 'preact/hooks';
import { callBackground } from '@/lib/messaging';
import type { ConnectionTest, SyncSettingsParsed, SyncStatus } from '@/lib/sync';
import { requestHostAccess } from './host-access';
import {
  checkForm,
  FIELD_ORDER,
  formFromStatus,
  syncErrorText,
  type FieldErrors,
  type SyncField,
  type SyncFormValues,
} from './sync-form';

/** What the form says about its last step: under way, or its result. */
export type FormOutcome =
  { kind: 'busy'; text: string } | { kind: 'done'; ok: boolean; text: string; remote?: ConnectionTest['remote'] };

export interface SyncFormState {
  values: SyncFormValues;
  errors: FieldErrors;
  outcome?: FormOutcome;
  busy: boolean;
  set: (field: SyncField, value: string) => void;
  test: () => void;
  save: () => void;
}

export function fieldId(field: SyncField): string {
  return `sync-${field}`;
}

function focusFirst(errors: FieldErrors): void {
  const first = FIELD_ORDER.find((field) => errors[field]);
  if (first) document.getElementById(fieldId(first))?.focus();
}

/**
 * The Sync section's form. Test and Save both need access to the server's host, asked for
 * on the reader's click: the form is checked synchronously first, so that the browser's
 * prompt comes from the click itself and only for an address worth asking about.
 */
export function useSyncForm(status: SyncStatus, onSaved: (status: SyncStatus) => void): SyncFormState {
  const [values, setValues] = useState(() => formFromStatus(status));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<FormOutcome>();
  // Saving a new address or forgetting it starts the form again from what is saved. The form
  // is not re-mounted for that, so a keyboard reader's focus stays on the button they pressed.
  useEffect(() => setValues(formFromStatus(status)), [status.url, status.user]);
  const failed = (error: unknown) => setOutcome({ kind: 'done', ok: false, text: syncErrorText(error) });

  const busy = outcome?.kind === 'busy';
  const withHostAccess = (doing: string, step: (settings: SyncSettingsParsed) => Promise<void>) => {
    if (busy) return;
    const checked = checkForm(values, status);
    setErrors(checked.errors ?? {});
    if (!checked.settings) {
      setOutcome(undefined);
      focusFirst(checked.errors);
      return;
    }
    const { settings } = checked;
    const host = new URL(settings.url).host;
    setOutcome({ kind: 'busy', text: `Waiting for your permission to reach ${host}…` });
    requestHostAccess(settings.url)
      .then(async (granted) => {
        if (!granted)
          throw new Error(
            `Backstory was not allowed to reach ${host}, so nothing was ${doing}. Try again and choose Allow.`,
          );
        await step(settings);
      })
      .catch(failed);
  };

  const test = () =>
    withHostAccess('tested', async (settings) => {
      setOutcome({ kind: 'busy', text: 'Testing the connection…' });
      const result = await callBackground('sync/test', { config: settings });
      setOutcome({ kind: 'done', ok: result.ok, text: result.message, remote: result.remote });
    });

  const save = () =>
    withHostAccess('saved', async (settings) => {
      setOutcome({ kind: 'busy', text: 'Saving…' });
      const saved = await callBackground('sync/configure', { config: settings });
      setValues((current) => ({ ...current, password: '', passphrase: '' }));
      setOutcome(undefined);
      onSaved(saved);
    });

  return {
    values,
    errors,
    outcome,
    busy,
    set: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    test,
    save,
  };
}
