import { describe, expect, it } from 'vitest';
import { accessPatternFor, hostPattern, subscriptionAddress } from '@/lib/pack-subscriptions';

describe('a subscription’s address', () => {
  it('is an https address, without its fragment', () => {
    expect(subscriptionAddress(' https://packs.example.org/syria.json#top ')).toBe(
      'https://packs.example.org/syria.json',
    );
  });

  it('refuses what is not a public https address, saying why', () => {
    expect(() => subscriptionAddress('packs.example.org/syria.json')).toThrow(/not a web address/);
    expect(() => subscriptionAddress('http://packs.example.org/syria.json')).toThrow(
      'Backstory follows packs over https:// only; “http:” addresses are refused',
    );
    expect(() => subscriptionAddress('ftp://packs.example.org/syria.json')).toThrow(/https:\/\/ only/);
    expect(() => subscriptionAddress('https://anna:secret@packs.example.org/syria.json')).toThrow(
      /user name or password/,
    );
    // Loopback over http is for the end-to-end tests, and only loopback.
    expect(() => subscriptionAddress('http://localhost:8080/p.json')).toThrow(/https:\/\/ only/);
    expect(subscriptionAddress('http://localhost:8080/p.json', { loopbackForTests: true })).toBe(
      'http://localhost:8080/p.json',
    );
    expect(() => subscriptionAddress('http://10.0.0.2/p.json', { loopbackForTests: true })).toThrow(/https:\/\/ only/);
    expect(() => subscriptionAddress('http://127.0.0.1.evil.example/p.json', { loopbackForTests: true })).toThrow(
      /https:\/\/ only/,
    );
    expect(() => subscriptionAddress('http://localhost@evil.example/p.json', { loopbackForTests: true })).toThrow(
      /user name or password/,
    );
  });

  it('needs access to its host only, whatever the port and path', () => {
    expect(hostPattern('https://packs.example.org:8443/a/b.json')).toBe('https://packs.example.org/*');
    expect(accessPatternFor('https://packs.example.org/a.json')).toBe('https://packs.example.org/*');
    // Nothing is asked of the browser for an address the background refuses anyway.
    expect(accessPatternFor('http://packs.example.org/a.json')).toBeUndefined();
    expect(accessPatternFor('not an address')).toBeUndefined();
  });
});
