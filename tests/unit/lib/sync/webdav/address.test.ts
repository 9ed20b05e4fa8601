import { describe, expect, it } from 'vitest';
import { basicAuthorization, folderUrl, resourceUrl } from '@/lib/sync/webdav/address';

describe('addresses and credentials', () => {
  const folder = folderUrl('https://cloud.example.org/remote.php/dav/files/ana/Mes documents');

  it('makes the configured address a folder address, escaping what the reader typed', () => {
    expect(folder.href).toBe('https://cloud.example.org/remote.php/dav/files/ana/Mes%20documents/');
    expect(folderUrl(' https://h.example/dav/ ').href).toBe('https://h.example/dav/');
  });

  it('escapes every path segment, so reserved characters stay part of a name', () => {
    expect(resourceUrl(folder, 'backstory-sync/Zoë’s #1?.json')).toBe(
      'https://cloud.example.org/remote.php/dav/files/ana/Mes%20documents/backstory-sync/Zo%C3%AB%E2%80%99s%20%231%3F.json',
    );
    expect(resourceUrl(folder, '50%/a+b&c')).toBe(
      'https://cloud.example.org/remote.php/dav/files/ana/Mes%20documents/50%25/a%2Bb%26c',
    );
    expect(resourceUrl(folder, 'backstory-sync/devices', true)).toMatch(/\/backstory-sync\/devices\/$/);
    expect(resourceUrl(folder, '', true)).toBe(folder.href);
  });

  it('refuses paths that would step outside the folder or name nothing', () => {
    for (const bad of ['../etc', 'a/./b', 'a//b', '/abs', 'a/..'])
      expect(() => resourceUrl(folder, bad), bad).toThrow(TypeError);
  });

  it('encodes Basic credentials as UTF-8', () => {
    expect(basicAuthorization('zoë', 'pässwörd ☂ 1:2?')).toBe(
      `Basic ${Buffer.from('zoë:pässwörd ☂ 1:2?', 'utf8').toString('base64')}`,
    );
    expect(() => basicAuthorization('a:b', 'x')).toThrow(/cannot contain ":"/);
  });
});
