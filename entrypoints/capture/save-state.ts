import { useRef, useState } from 'preact/hooks';
import type { Result } from '@/lib/messaging';

/** Long enough to read "Added." before the window closes itself. */
const CLOSE_AFTER_MS = 1_500;

export interface SaveState {
  busy: boolean;
  error?: string;
  /** The confirmation shown once saved; the form cannot be saved twice. */
  done?: string;
  save: (send: () => Promise<Result<unknown>>) => Promise<void>;
}

/**
 * Sends one save and reports it. A refused save leaves the form as it was, so nothing
 * typed is lost; a saved one says so and closes the window, whose work is over.
 */
export function useSaveState(describeError: (error: string) => string, confirmation: string): SaveState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const sending = useRef(false);

  const save = async (send: () => Promise<Result<unknown>>) => {
    if (sending.current || done) return;
    sending.current = true;
    setBusy(true);
    setError(undefined);
    const result = await send();
    sending.current = false;
    setBusy(false);
    if (!result.ok) return setError(describeError(result.error));
    setDone(confirmation);
    setTimeout(() => window.close(), CLOSE_AFTER_MS);
  };
  return { busy, error, done, save };
}
