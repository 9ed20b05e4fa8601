import { expect } from 'vitest';
import { SyncFileError, type SyncFileErrorKind } from '@/lib/sync/file-format/file-error';

/** Awaits a refusal and checks its kind and, when given, its sentence. */
export async function expectRefused(
  work: Promise<unknown>,
  kind: SyncFileErrorKind,
  message?: string | RegExp,
): Promise<void> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SyncFileError);
  expect((error as SyncFileError).kind).toBe(kind);
  if (message) expect((error as SyncFileError).message).toMatch(message);
}
