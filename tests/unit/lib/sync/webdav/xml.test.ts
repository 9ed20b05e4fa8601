import { describe, expect, it } from 'vitest';
import { parseXml, XmlError } from '@/lib/sync/webdav/xml';

describe('the small XML reader', () => {
  it('resolves prefixes through nested and redefined xmlns scopes', () => {
    const root = parseXml('<a:r xmlns:a="urn:1" xmlns="urn:d"><a:x xmlns:a="urn:2"><y/></a:x><a:z/></a:r>');
    expect(root).toMatchObject({ ns: 'urn:1', name: 'r' });
    expect(root.children.map((child) => [child.ns, child.name])).toEqual([
      ['urn:2', 'x'],
      ['urn:1', 'z'],
    ]);
    expect(root.children[0]?.children[0]).toMatchObject({ ns: 'urn:d', name: 'y' });
  });

  it('skips declarations, comments, processing instructions and a DOCTYPE with an internal subset', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "boom">]><!-- c --><r><?pi x?><!-- <b/> --></r>',
    );
    expect(root).toMatchObject({ name: 'r', children: [], text: '' });
  });

  it('decodes predefined and numeric entities and keeps CDATA as it is', () => {
    const root = parseXml('<r>a &amp; b &lt;&gt;&quot;&apos; &#233;&#x2019;<![CDATA[<&amp;>]]></r>');
    expect(root.text).toBe('a & b <>"\' é’<&amp;>');
  });

  it("reads attributes holding '>' and '/' inside quotes", () => {
    expect(parseXml('<r xmlns:p="urn:a/b>c" q=\'1/>\'><p:x/></r>').children[0]?.ns).toBe('urn:a/b>c');
  });

  it('refuses documents that are not well-formed', () => {
    for (const bad of [
      '<a><b></a></b>',
      '<a>',
      '<a></a><b></b>',
      'text<a/>',
      '<p:a/>',
      '<a>&nbsp;</a>',
      '<a>fish & chips</a>',
      '<a>&#0;</a>',
      '<a><!-- never closed </a>',
      '<a b="unterminated></a>',
      '',
    ]) {
      expect(() => parseXml(bad), bad).toThrow(XmlError);
    }
  });
});
