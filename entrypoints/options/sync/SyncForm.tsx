import type { SyncStatus } from '@/lib/sync';
import { SyncInput } from './SyncInput';
import { remoteText } from '@/components/sync/status-text';
import { fieldId, useSyncForm, type FormOutcome, type SyncFormState } from './use-sync-form';

const KEEP_SAVED = 'Saved: leave empty to keep it';

function Outcome({ outcome }: { outcome: FormOutcome | undefined }) {
  if (!outcome) return null;
  if (outcome.kind === 'busy') return <p class="muted">{outcome.text}</p>;
  return (
    <div class={outcome.ok ? 'test-ok' : 'error'}>
      <p>{outcome.text}</p>
      {outcome.remote && <p>{remoteText(outcome.remote)}</p>}
    </div>
  );
}

function AccountFields({ form, status }: { form: SyncFormState; status: SyncStatus }) {
  const { values, errors, set } = form;
  const plainHttp = /^\s*http:\/\//i.test(values.url);
  return (
    <>
      <SyncInput
        id={fieldId('url')}
        label="Address of the WebDAV folder"
        type="url"
        value={values.url}
        error={errors.url}
        placeholder="https://cloud.example.org/remote.php/dav/files/ana/backstory/"
        onInput={(value) => set('url', value)}
        hint={
          plainHttp
            ? 'http:// sends your password unencrypted: use https:// unless the server is on your own network.'
            : undefined
        }
      />
      <SyncInput
        id={fieldId('user')}
        label="User"
        value={values.user}
        error={errors.user}
        onInput={(value) => set('user', value)}
      />
      <SyncInput
        id={fieldId('password')}
        label="App password"
        type="password"
        value={values.password}
        error={errors.password}
        placeholder={status.url ? KEEP_SAVED : undefined}
        onInput={(value) => set('password', value)}
        hint="Make an app password for Backstory in your server's security settings rather than using your main password."
      />
    </>
  );
}

function ScheduleFields({ form, status }: { form: SyncFormState; status: SyncStatus }) {
  const { values, errors, set } = form;
  return (
    <>
      <SyncInput
        id={fieldId('passphrase')}
        label="Passphrase (optional)"
        type="password"
        value={values.passphrase}
        error={errors.passphrase}
        placeholder={status.encrypted ? KEEP_SAVED : 'None: the server sees your store'}
        onInput={(value) => set('passphrase', value)}
        hint="With a passphrase the server only ever sees encrypted files. A lost passphrase cannot be recovered, by anyone: keep it somewhere safe, and use the same one in every browser."
      />
      <div class="inline-fields">
        <SyncInput
          id={fieldId('intervalMinutes')}
          label="Sync every (minutes, 0 = only when asked)"
          type="number"
          min={0}
          max={1440}
          value={values.intervalMinutes}
          error={errors.intervalMinutes}
          onInput={(value) => set('intervalMinutes', value)}
        />
        <SyncInput
          id={fieldId('deletePercent')}
          label="Ask before deleting more than (% of the store)"
          type="number"
          min={5}
          max={100}
          value={values.deletePercent}
          error={errors.deletePercent}
          onInput={(value) => set('deletePercent', value)}
        />
      </div>
    </>
  );
}

/** Address, credentials, passphrase and schedule, with "Test connection" and "Save". */
export function SyncForm({ status, onSaved }: { status: SyncStatus; onSaved: (status: SyncStatus) => void }) {
  const form = useSyncForm(status, onSaved);
  return (
    <form
      class="sync-form"
      aria-labelledby="sync-settings-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.save();
      }}
    >
      <h3 id="sync-settings-heading">{status.url ? 'Sync settings' : 'Set up sync'}</h3>
      <AccountFields form={form} status={status} />
      <ScheduleFields form={form} status={status} />
      <div class="item-actions">
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it holds. */}
        <button type="button" aria-disabled={form.busy} onClick={form.test}>
          Test connection
        </button>
        <button type="submit" class="primary" aria-disabled={form.busy}>
          Save
        </button>
      </div>
      <div role="status" class="sync-outcome">
        <Outcome outcome={form.outcome} />
      </div>
    </form>
  );
}
