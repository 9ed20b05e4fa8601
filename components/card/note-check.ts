import * as v from 'valibot';
import { NoteDraftSchema } from '@/lib/store';

/**
 * The background's own rule for notes, applied before sending, so that a note it would
 * refuse (a 100 KB paste, say) is refused here with the reason, and the text stays in the
 * field for the reader to shorten. Nothing is cut silently.
 */
export function noteProblem(entityId: string, text: string): string | undefined {
  const parsed = v.safeParse(NoteDraftSchema, { entityId, text });
  if (parsed.success) return undefined;
  const length = text.trim().length;
  const count = length ? ` (this one has ${length.toLocaleString('en-GB')})` : '';
  return `Not saved. ${parsed.issues[0].message}${count}.`;
}
