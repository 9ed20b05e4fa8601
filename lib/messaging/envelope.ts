import * as v from 'valibot';
// A file, not the face: the content script takes this value, and '@/lib/store' would bring Dexie into content.js.
import { describeIssues } from '@/lib/store/drafts';
import type { Envelope, MessageTable, Result } from './protocol';

const EnvelopeSchema = v.object({ backstory: v.literal(1), type: v.string(), request: v.unknown() });

export function wrap(type: string, request: unknown): Envelope {
  return { backstory: 1, type, request };
}

export function isEnvelope(message: unknown): message is Envelope {
  return v.is(EnvelopeSchema, message);
}

type Handlers = Record<string, (request: never) => Promise<unknown>>;

/**
 * Validates an envelope against its request schema in the receiver's table and runs its
 * handler. Every failure becomes `{ok: false, error}` with a sentence naming the problem; a
 * handler only ever sees a request that passed its schema.
 */
export async function dispatch(table: MessageTable, handlers: Handlers, envelope: Envelope): Promise<Result<unknown>> {
  if (!Object.hasOwn(table, envelope.type)) {
    return { ok: false, error: `Unknown request "${envelope.type}"` };
  }
  const parsed = v.safeParse(table[envelope.type]!.request, envelope.request);
  if (!parsed.success) {
    return { ok: false, error: `Bad "${envelope.type}" request: ${describeIssues(parsed.issues)}` };
  }
  try {
    const handler = handlers[envelope.type] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.output) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A Result that never arrived (no listener, closed tab) reads as an error too. */
export function asResult<T>(answer: unknown): Result<T> {
  if (answer && typeof answer === 'object' && 'ok' in answer) return answer as Result<T>;
  return { ok: false, error: 'No answer from the extension' };
}
