import { describe, expect, it } from 'vitest';
import { checkForm, formFromStatus, syncErrorText, type SyncFormValues } from '@/entrypoints/options/sync/sync-form';
import type { SyncStatus } from '@/lib/sync/service/types';

const FORM: SyncFormValues = {
  url: 'https://cloud.example.org/remote.php/dav/files/ana/backstory',
  user: 'ana',
  password: 'app-password-1',
  passphrase: '',
  intervalMinutes: '30',
  deletePercent: '10',
};
const SAVED: SyncStatus = {
  state: 'idle',
  url: 'https://cloud.example.org/remote.php/dav/files/ana/backstory/',
  user: 'ana',
  encrypted: true,
  intervalMinutes: 60,
  deleteShareToConfirm: 0.25,
  pendingChanges: 0,
};

describe('the Sync form', () => {
  it('starts empty with the default schedule, or from the saved settings without any secret', () => {
    expect(formFromStatus(undefined)).toEqual({
      url: '',
      user: '',
      password: '',
      passphrase: '',
      intervalMinutes: '30',
      deletePercent: '10',
    });
    expect(formFromStatus(SAVED)).toEqual({
      url: SAVED.url,
      user: 'ana',
      password: '',
      passphrase: '',
      intervalMinutes: '60',
      deletePercent: '25',
    });
  });

  it('turns the typed form into settings: minutes as a number, the percentage as a share', () => {
    expect(checkForm(FORM, undefined)).toEqual({
      settings: {
        url: `${FORM.url}/`,
        user: 'ana',
        password: 'app-password-1',
        passphrase: '',
        intervalMinutes: 30,
        deleteShareToConfirm: 0.1,
      },
    });
  });

  it('puts each problem at its field, the first one only', () => {
    const { errors } = checkForm({ ...FORM, url: 'ftp://x', intervalMinutes: '', deletePercent: '300' }, undefined);
    expect(errors).toEqual({
      url: 'Address: must start with https:// (or http://).',
      intervalMinutes: 'Sync every: enter a number of minutes.',
      deletePercent: 'Ask before deleting: 5% to 100%.',
    });
  });

  it('asks for the password the first time, and keeps the saved one only for the same server and user', () => {
    expect(checkForm({ ...FORM, password: '' }, undefined).errors).toEqual({
      password: 'App password: enter the app password.',
    });
    expect(checkForm({ ...FORM, password: '' }, SAVED).settings?.password).toBe('');
    expect(checkForm({ ...FORM, password: '', url: 'https://other.example.net/dav/' }, SAVED).errors).toEqual({
      password: 'App password: enter it again, since the server or user changed.',
    });
    expect(checkForm({ ...FORM, password: '', user: 'bob' }, SAVED).errors?.password).toMatch(/enter it again/);
  });

  it('shows the background’s refusal as the sentence alone', () => {
    expect(
      syncErrorText(
        new Error('Bad "sync/configure" request: config.url: Address: a folder address has no ? or # part.'),
      ),
    ).toBe('Address: a folder address has no ? or # part.');
  });
});
