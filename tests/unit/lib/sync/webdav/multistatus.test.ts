import { describe, expect, it } from 'vitest';
import { readMultistatus } from '@/lib/sync/webdav/multistatus';

/** As Apache 2.4 mod_dav_fs answers our PROPFIND: DAV: under three prefixes, a 404 propstat, lower-case escapes. */
const APACHE = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:" xmlns:g0="DAV:">
<D:href>/sync/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
<D:propstat><D:prop><g0:getcontentlength/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
</D:response>
<D:response xmlns:lp1="DAV:" xmlns:lp2="http://apache.org/dav/props/">
<D:href>/sync/a%20b%c3%a9.chg</D:href>
<D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>5</lp1:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response>
</D:multistatus>`;

/** As Nextcloud (sabre/dav) answers: d: and oc: prefixes, upper-case escapes, a long path prefix. */
const NEXTCLOUD = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">
 <d:response>
  <d:href>/remote.php/dav/files/ana/Backstory%20Sync/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response>
  <d:href>/remote.php/dav/files/ana/Backstory%20Sync/Zo%C3%AB%E2%80%99s%20%231.json</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>1234</d:getcontentlength><oc:size>1234</oc:size></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>`;

describe('reading a PROPFIND multistatus', () => {
  it("reads Apache's answer: prefixes bound to DAV: by any name, path-only hrefs, folders and sizes", () => {
    expect(readMultistatus(APACHE, 'http://127.0.0.1:8080/sync/')).toEqual([
      { segments: ['sync'], collection: true, size: 0 },
      { segments: ['sync', 'a bé.chg'], collection: false, size: 5 },
    ]);
  });

  it("reads Nextcloud's answer and decodes escaped names", () => {
    const entries = readMultistatus(NEXTCLOUD, 'https://cloud.example.org/remote.php/dav/files/ana/Backstory%20Sync/');
    expect(entries?.map((entry) => entry.segments.at(-1))).toEqual(['Backstory Sync', 'Zoë’s #1.json']);
    expect(entries?.[1]).toMatchObject({ collection: false, size: 1234 });
  });

  it('reads a default namespace with no prefix, absolute hrefs on another origin, and entities in hrefs', () => {
    const body = `<multistatus xmlns="DAV:"><response><href>http://elsewhere:1900/a/b%26c&amp;d</href>
      <propstat><prop><resourcetype/><getcontentlength> 42 </getcontentlength></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    expect(readMultistatus(body, 'http://127.0.0.1/a/')).toEqual([
      { segments: ['a', 'b&c&d'], collection: false, size: 42 },
    ]);
  });

  it('keeps a raw "#" or "?" in an href as part of the name', () => {
    const body =
      '<D:multistatus xmlns:D="DAV:"><D:response><D:href>/d/50%25%20#1?</D:href><D:propstat><D:prop/><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>';
    expect(readMultistatus(body, 'http://h/d/')?.[0]?.segments).toEqual(['d', '50% #1?']);
  });

  it('ignores properties reported in a failed propstat, and members reported as failed', () => {
    const body = `<x:multistatus xmlns:x="DAV:">
      <x:response><x:href>/d/odd</x:href>
        <x:propstat><x:prop><x:resourcetype><x:collection/></x:resourcetype><x:getcontentlength>9</x:getcontentlength></x:prop><x:status>HTTP/1.1 403 Forbidden</x:status></x:propstat>
        <x:propstat><x:prop><x:getcontentlength>3</x:getcontentlength></x:prop><x:status>HTTP/1.1 200 OK</x:status></x:propstat>
      </x:response>
      <x:response><x:href>/d/secret</x:href><x:status>HTTP/1.1 403 Forbidden</x:status></x:response>
    </x:multistatus>`;
    expect(readMultistatus(body, 'http://h/d/')).toEqual([{ segments: ['d', 'odd'], collection: false, size: 3 }]);
  });

  it('treats DAV: names in another namespace as unknown', () => {
    const body =
      '<D:multistatus xmlns:D="DAV:"><D:response xmlns:X="urn:other"><D:href>/d/f</D:href><D:propstat><D:prop><X:resourcetype><X:collection/></X:resourcetype><X:getcontentlength>7</X:getcontentlength></D:prop></D:propstat></D:response></D:multistatus>';
    expect(readMultistatus(body, 'http://h/d/')).toEqual([{ segments: ['d', 'f'], collection: false, size: 0 }]);
  });

  it('says "not a multistatus" for an HTML page, another root, or a multistatus outside DAV:', () => {
    expect(
      readMultistatus(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>Log in<br></p></body></html>',
        'http://h/',
      ),
    ).toBeUndefined();
    expect(readMultistatus('<?xml version="1.0"?><error xmlns="DAV:"/>', 'http://h/')).toBeUndefined();
    expect(readMultistatus('<multistatus xmlns="urn:not-dav"/>', 'http://h/')).toBeUndefined();
    expect(readMultistatus('', 'http://h/')).toBeUndefined();
  });
});
