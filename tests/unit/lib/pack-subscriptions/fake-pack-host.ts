/** What the fake host answers from now on: a body, its validators, or an error status. */
export interface HostAnswer {
  body: BodyInit | null;
  status?: number;
  etag?: string;
  lastModified?: string;
  headers?: Record<string, string>;
}

export interface FakePackHost {
  fetch: typeof fetch;
  /** The headers of every request, oldest first. */
  requests: { url: string; headers: Headers; init?: RequestInit }[];
  /** What the address answers from now on; without `url`, every address the host has no other answer for. */
  serve(answer: HostAnswer, url?: string): void;
}

/** A pack host that honours If-None-Match and If-Modified-Since as a real server does. */
export function fakePackHost(first: HostAnswer): FakePackHost {
  let fallback = first;
  const byUrl = new Map<string, HostAnswer>();
  const requests: FakePackHost['requests'] = [];
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    requests.push({ url: String(input), headers, init });
    const answer = byUrl.get(String(input)) ?? fallback;
    const validators: Record<string, string> = {};
    if (answer.etag) validators.ETag = answer.etag;
    if (answer.lastModified) validators['Last-Modified'] = answer.lastModified;
    const fresh =
      (answer.etag && headers.get('If-None-Match') === answer.etag) ||
      (!answer.etag && answer.lastModified && headers.get('If-Modified-Since') === answer.lastModified);
    if (fresh) return new Response(null, { status: 304, headers: validators });
    return new Response(answer.body, { status: answer.status ?? 200, headers: { ...validators, ...answer.headers } });
  };
  const serve = (next: HostAnswer, url?: string) => {
    if (url) byUrl.set(url, next);
    else fallback = next;
  };
  return { fetch: fetcher as typeof fetch, requests, serve };
}

/** A body of `megabytes` MB that never says its length, counting how much of it was read. */
export function endlessBody(megabytes: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= megabytes) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
    },
  });
  return { body, pulled: () => pulled };
}
