import { describe, expect, it } from 'vitest';
import { hostFromInput } from '@/entrypoints/options/settings/settings-state';

describe('a site typed into the site rules', () => {
  it('is the host name of a pasted address, without its port, since marking is decided by host name', () => {
    expect(hostFromInput(' https://www.example.com:8443/news/1?x ')).toBe('www.example.com');
    expect(hostFromInput('example.com')).toBe('example.com');
    expect(hostFromInput('http://')).toBe('http://');
  });
});
