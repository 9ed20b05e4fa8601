import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*', 'https://www.wikidata.org/*', 'https://*.wikipedia.org/*'];

type ManifestFn = (env: {
  manifestVersion: 2 | 3;
  browser: string;
  mode: string;
  command: 'build';
}) => Record<string, unknown>;

function manifestFor(manifestVersion: 2 | 3, browser: string): Record<string, unknown> {
  return (config.manifest as ManifestFn)({ manifestVersion, browser, mode: 'production', command: 'build' });
}

describe('the manifest', () => {
  it('asks for no host at install, and lists sync servers and Wikimedia as optional hosts in MV3', () => {
    const chrome = manifestFor(3, 'chrome');
    expect(chrome).not.toHaveProperty('host_permissions');
    expect(chrome.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(chrome.permissions).toContain('alarms');
  });

  it('puts them in optional_permissions for the MV2 Firefox build, where WXT would drop the MV3 key', () => {
    const firefox = manifestFor(2, 'firefox');
    expect(firefox.optional_permissions).toEqual(OPTIONAL_HOSTS);
    expect(firefox).not.toHaveProperty('optional_host_permissions');
  });
});
