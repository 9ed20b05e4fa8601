import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { completeConfig, originPattern, SyncSettingsSchema, type SyncSettings } from '@/lib/sync/service/config';
import type { SyncConfig } from '@/lib/sync/service/types';

const SETTINGS: SyncSettings = {
  url: 'https://cloud.example.org/remote.php/dav/files/ana/backstory',
  user: 'ana',
  password: 'app-password-1',
  intervalMinutes: 30,
  deleteShareToConfirm: 0.1,
};

function problems(changes: Partial<Record<keyof SyncSettings, unknown>>): string[] {
  const parsed = v.safeParse(SyncSettingsSchema, { ...SETTINGS, ...changes });
  return parsed.success ? [] : parsed.issues.map((issue) => issue.message);
}

describe('sync settings', () => {
  it('take a WebDAV folder address and write it as a folder, with a trailing slash', () => {
    expect(v.parse(SyncSettingsSchema, SETTINGS).url).toBe(
      'https://cloud.example.org/remote.php/dav/files/ana/backstory/',
    );
    expect(v.parse(SyncSettingsSchema, { ...SETTINGS, url: '  http://192.168.1.5:8080/dav/ ' }).url).toBe(
      'http://192.168.1.5:8080/dav/',
    );
  });

  it('refuse an address that is not http(s), says which field is wrong', () => {
    expect(problems({ url: 'ftp://cloud.example.org/dav/' })).toEqual([
      'Address: must start with https:// (or http://).',
    ]);
    expect(problems({ url: 'javascript:alert(1)' })).toEqual(['Address: must start with https:// (or http://).']);
    expect(problems({ url: 'cloud.example.org' })[0]).toMatch(/^Address: not a web address/);
    expect(problems({ url: '' })).toEqual(['Address: enter the address of the WebDAV folder.']);
  });

  it('refuse credentials inside the address, which would be stored and shown with it', () => {
    expect(problems({ url: 'https://ana:secret@cloud.example.org/dav/' })).toEqual([
      'Address: must not contain a user or password; enter them in their own fields.',
    ]);
    expect(problems({ url: 'https://ana@cloud.example.org/dav/' })).toHaveLength(1);
  });

  it('refuse a query or fragment, and cap the lengths', () => {
    expect(problems({ url: 'https://cloud.example.org/dav/?x=1' })).toEqual([
      'Address: a folder address has no ? or # part.',
    ]);
    expect(problems({ url: `https://cloud.example.org/${'a'.repeat(2000)}/` })).toEqual([
      'Address: at most 2000 characters.',
    ]);
    expect(problems({ user: 'a'.repeat(201) })).toEqual(['User: at most 200 characters.']);
    expect(problems({ password: 'p'.repeat(1001) })).toEqual(['App password: at most 1000 characters.']);
  });

  it('refuse a user name with a colon, which Basic auth cannot carry', () => {
    expect(problems({ user: 'ana:admin' })).toEqual(['User: must not contain a colon.']);
    expect(problems({ user: '  ' })).toEqual(['User: enter the user name.']);
  });

  it('take an interval of 0 (only on request) or 5 to 1440 minutes, nothing between', () => {
    expect(problems({ intervalMinutes: 0 })).toEqual([]);
    expect(problems({ intervalMinutes: 5 })).toEqual([]);
    expect(problems({ intervalMinutes: 1440 })).toEqual([]);
    expect(problems({ intervalMinutes: 3 })).toEqual(['Sync every: 0 (only when you ask) or 5 to 1440 minutes.']);
    expect(problems({ intervalMinutes: 1441 })).toHaveLength(1);
    expect(problems({ intervalMinutes: 7.5 })).toEqual(['Sync every: a whole number of minutes.']);
    expect(problems({ intervalMinutes: Number.NaN })).toEqual(['Sync every: enter a number of minutes.']);
  });

  it('take a delete share from 5% to 100%', () => {
    expect(problems({ deleteShareToConfirm: 0.05 })).toEqual([]);
    expect(problems({ deleteShareToConfirm: 1 })).toEqual([]);
    expect(problems({ deleteShareToConfirm: 0.01 })).toEqual(['Ask before deleting: 5% to 100%.']);
    expect(problems({ deleteShareToConfirm: 2 })).toEqual(['Ask before deleting: 5% to 100%.']);
  });

  it('take no passphrase or one of at least 8 characters', () => {
    expect(problems({ passphrase: '' })).toEqual([]);
    expect(problems({ passphrase: 'correct horse' })).toEqual([]);
    expect(problems({ passphrase: 'short' })).toEqual(['Passphrase: at least 8 characters, or none.']);
  });

  it('refuse fields it does not know', () => {
    expect(v.safeParse(SyncSettingsSchema, { ...SETTINGS, token: 'x' }).success).toBe(false);
  });
});

describe('completing settings with the saved secrets', () => {
  const saved: SyncConfig = {
    ...v.parse(SyncSettingsSchema, SETTINGS),
    password: 'saved-password',
    passphrase: 'saved passphrase',
  };
  const edited = (changes: Partial<SyncSettings>) =>
    v.parse(SyncSettingsSchema, { ...SETTINGS, password: '', ...changes });

  it('keep the saved password and passphrase when left empty for the same server and user', () => {
    expect(completeConfig(edited({ intervalMinutes: 60 }), saved)).toEqual({ ...saved, intervalMinutes: 60 });
  });

  it('take a newly typed password over the saved one', () => {
    expect(completeConfig(edited({ password: 'new-password' }), saved).password).toBe('new-password');
  });

  it('never send the saved password to another server or as another user', () => {
    expect(() =>
      completeConfig(edited({ url: 'https://evil.example.net/remote.php/dav/files/ana/backstory/' }), saved),
    ).toThrow('App password: enter it again, since the server or user changed.');
    expect(() => completeConfig(edited({ user: 'bob' }), saved)).toThrow(/enter it again/);
  });

  it('ask for a password when none is saved', () => {
    expect(() => completeConfig(edited({}), undefined)).toThrow('App password: enter the app password.');
  });

  it('leave the passphrase out when there is none', () => {
    expect(completeConfig(v.parse(SyncSettingsSchema, SETTINGS), undefined)).not.toHaveProperty('passphrase');
  });
});

describe('the host access pattern', () => {
  it('covers every port and path of the server’s host, for its scheme only', () => {
    expect(originPattern('https://cloud.example.org:8443/remote.php/dav/')).toBe('https://cloud.example.org/*');
    expect(originPattern('http://127.0.0.1:8080/dav/')).toBe('http://127.0.0.1/*');
    expect(originPattern('http://[::1]:8080/dav/')).toBe('http://[::1]/*');
  });
});
