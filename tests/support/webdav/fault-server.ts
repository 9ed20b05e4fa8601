import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fault server answers one request instead of passing it on. */
export type Fault =
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: string }
  /** A body of `bytes` zeros, streamed with backpressure, with or without Content-Length. */
  | { kind: 'huge'; bytes: number; declareLength: boolean }
  /** Declares `declared` bytes, sends `sent`, then closes the connection. */
  | { kind: 'cut-short'; declared: number; sent: number }
  /** Drops the connection after `after` bytes of a PUT body, leaving those bytes stored under the target name. */
  | { kind: 'cut-upload'; after: number }
  /** Closes the connection without a word. */
  | { kind: 'drop' }
  /** Passes the request on, lets the server behind act on it, then closes the connection instead of answering. */
  | { kind: 'lose-answer' }
  /** Never answers. */
  | { kind: 'hang' };

export interface FaultRule {
  /** Only requests with this method (any when absent). */
  method?: string;
  /** How many matching requests get the fault; Infinity for all. */
  times: number;
  fault: Fault;
}

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface FaultServer {
  /** The folder address, the root of the WebDAV server behind. */
  url: string;
  /** Every request received, in order. */
  requests: SeenRequest[];
  /** Faults to answer with, first matching rule first; requests no rule takes go to the server behind. */
  inject(...rules: FaultRule[]): void;
  /** Forgets the rules and the requests seen. */
  reset(): void;
  /** How many bytes of the last 'huge' body were written to the connection. */
  hugeBytesSent(): number;
  close(): Promise<void>;
}

export const htmlPage = (status = 200): Fault => ({
  kind: 'answer',
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Log in</title></head><body><form><input name="user"><br></form></body></html>',
});

export const answerWith = (status: number, headers?: Record<string, string>): Fault => ({
  kind: 'answer',
  status,
  headers,
});

export const redirectTo = (location: string, status = 302): Fault => ({
  kind: 'answer',
  status,
  headers: { location },
});

/**
 * A real HTTP server in front of a WebDAV server (`backendUrl`) that misbehaves on request:
 * the client's handling of bad answers is tested over real sockets, not mocked fetches.
 */
export async function startFaultServer(backendUrl: string): Promise<FaultServer> {
  const rules: FaultRule[] = [];
  const requests: SeenRequest[] = [];
  let hugeSent = 0;
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
    });
    const rule = rules.find(
      (candidate) => candidate.times > 0 && (!candidate.method || candidate.method === request.method),
    );
    if (!rule) return pass(request, response, backendUrl);
    rule.times -= 1;
    if (rule.fault.kind === 'huge') return sendHuge(response, rule.fault, (sent) => (hugeSent = sent));
    answer(request, response, rule.fault, backendUrl);
  });
  const url = await listen(server);
  return {
    url,
    requests,
    inject: (...added) => rules.unshift(...added),
    reset: () => {
      rules.length = 0;
      requests.length = 0;
    },
    hugeBytesSent: () => hugeSent,
    close: () => closeServer(server),
  };
}

/** A plain server standing for "another host": it answers 401 to everything and notes what it saw. */
export async function startOtherHost(): Promise<{ url: string; requests: SeenRequest[]; close(): Promise<void> }> {
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
    });
    response.writeHead(401, { 'www-authenticate': 'Basic realm="elsewhere"' }).end();
  });
  return { url: await listen(server), requests, close: () => closeServer(server) };
}

function answer(
  request: IncomingMessage,
  response: ServerResponse,
  fault: Exclude<Fault, { kind: 'huge' }>,
  backendUrl: string,
): void {
  switch (fault.kind) {
    case 'answer':
      request.resume();
      response.writeHead(fault.status, fault.headers).end(fault.body ?? '');
      return;
    case 'cut-short':
      request.resume();
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(fault.declared) });
      response.write(Buffer.alloc(fault.sent, 7), () => response.socket?.destroy());
      return;
    case 'drop':
      request.socket.destroy();
      return;
    case 'cut-upload':
      cutUpload(request, backendUrl, fault.after);
      return;
    case 'lose-answer':
      pass(request, response, backendUrl, () => request.socket.destroy());
      return;
    case 'hang':
      request.resume();
      return;
  }
}

function pass(request: IncomingMessage, response: ServerResponse, backendUrl: string, instead?: () => void): void {
  const target = new URL(request.url ?? '/', backendUrl);
  const outgoing = forward(target, { method: request.method, headers: request.headers }, (incoming) => {
    if (instead) {
      incoming.resume();
      incoming.once('end', instead);
      return;
    }
    response.writeHead(incoming.statusCode ?? 502, incoming.headers);
    incoming.pipe(response);
  });
  outgoing.once('error', () => response.socket?.destroy());
  request.pipe(outgoing);
}

/**
 * Models a server that writes an upload straight into the target file and goes down half way:
 * the connection drops, and the bytes received so far stay on disk under the name written to.
 */
function cutUpload(request: IncomingMessage, backendUrl: string, after: number): void {
  const received: Buffer[] = [];
  let length = 0;
  request.on('data', (chunk: Buffer) => {
    if (length >= after) return;
    const part = chunk.subarray(0, after - length);
    received.push(part);
    length += part.length;
    if (length < after) return;
    request.socket.destroy();
    const headers = { ...request.headers, 'content-length': String(length) };
    delete headers['transfer-encoding'];
    const partial = forward(new URL(request.url ?? '/', backendUrl), { method: 'PUT', headers }, (answer) =>
      answer.resume(),
    );
    partial.once('error', () => undefined);
    partial.end(Buffer.concat(received));
  });
}

function sendHuge(
  response: ServerResponse,
  fault: { bytes: number; declareLength: boolean },
  note: (sent: number) => void,
): void {
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    ...(fault.declareLength ? { 'content-length': String(fault.bytes) } : {}),
  });
  const chunk = Buffer.alloc(64 * 1024);
  let sent = 0;
  const pump = () => {
    while (sent < fault.bytes && !response.destroyed) {
      const size = Math.min(chunk.length, fault.bytes - sent);
      sent += size;
      note(sent);
      if (!response.write(chunk.subarray(0, size))) {
        response.once('drain', pump);
        return;
      }
    }
    if (sent >= fault.bytes) response.end();
  };
  pump();
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
