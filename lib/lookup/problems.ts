/** Why a look-up gave no answer, in words a reader can act on. */
export type LookupProblem =
  'offline' | 'rate-limited' | 'server' | 'bad-answer' | 'cancelled' | 'not-found' | 'not-an-actor';

export class LookupError extends Error {
  constructor(
    readonly problem: LookupProblem,
    message: string,
    readonly retryAt?: number,
  ) {
    super(message);
    this.name = 'LookupError';
  }
}

export const offline = (site: string) =>
  new LookupError(
    'offline',
    `Backstory could not reach ${site}: you seem to be offline. Try again once you are connected.`,
  );

export const cancelled = () => new LookupError('cancelled', 'The look-up was cancelled.');

export const badAnswer = (site: string) =>
  new LookupError('bad-answer', `${site} sent an answer Backstory could not read. Try again later.`);

export const serverTrouble = (site: string, status: number) =>
  new LookupError('server', `${site} is having trouble (error ${status}). Try again in a few minutes.`);

/** "try again in 30 seconds (at 14:05)": the wait a 429's Retry-After asked for. */
export function rateLimited(site: string, retryAt: number, now: number): LookupError {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  const at = new Date(retryAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return new LookupError(
    'rate-limited',
    `${site} asks Backstory to slow down: try again in ${wait} (at ${at}).`,
    retryAt,
  );
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3); without one, a minute. */
export function retryAtOf(header: string | null, now: number): number {
  const DEFAULT_WAIT_MS = 60_000;
  if (!header) return now + DEFAULT_WAIT_MS;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? now + DEFAULT_WAIT_MS : Math.max(now, date);
}
