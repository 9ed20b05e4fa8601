import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '@/components/editor/error-text';
import { callBackground } from '@/lib/messaging';

/** What the toast says after a step, and how to take the step back. */
export interface Notice {
  text: string;
  /** Runs the undo and answers what to say once it is done. */
  undo?: () => Promise<string>;
}

interface NoticeState {
  notify: (notice: Notice) => void;
  /** Grows with every undo and restore: views holding a copy of a record load it again. */
  restores: number;
  restored: () => void;
}

const NoticeContext = createContext<NoticeState>({ notify: () => undefined, restores: 0, restored: () => undefined });

export function useNotice(): NoticeState {
  return useContext(NoticeContext);
}

/** The undo of every step that took a snapshot first: put the store back as it was. */
export async function undoBySnapshot(undoId: string): Promise<string> {
  const { restored } = await callBackground('snapshots/restore', { id: undoId });
  return `Undone: your store is back as it was ${restored.reason}.`;
}

/** Long enough to read a sentence twice; an Undo gets more, to decide. Errors stay until dismissed. */
export const NOTICE_MS = 8000;
export const UNDO_NOTICE_MS = 20000;

/**
 * Clears a notice after its time, counted only while the reader is not pointing at or inside the
 * toast (so reaching for Undo never loses it).
 */
function useFading(notice: Notice | undefined, error: string | undefined, clear: () => void) {
  const [held, setHeld] = useState(false);
  const clearRef = useRef(clear);
  clearRef.current = clear;
  useEffect(() => {
    if (!notice || error || held) return undefined;
    const timer = setTimeout(() => clearRef.current(), notice.undo ? UNDO_NOTICE_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, error, held]);
  return {
    onMouseEnter: () => setHeld(true),
    onMouseLeave: () => setHeld(false),
    onFocusIn: () => setHeld(true),
    onFocusOut: () => setHeld(false),
  };
}

export function NoticeProvider({ children }: { children: ComponentChildren }) {
  const [notice, setNotice] = useState<Notice>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [restores, setRestores] = useState(0);
  const restored = () => setRestores((n) => n + 1);
  const notify = (next: Notice) => {
    setError(undefined);
    setNotice(next);
  };
  const dismiss = () => {
    setNotice(undefined);
    setError(undefined);
  };
  const hold = useFading(notice, error, () => setNotice(undefined));
  const undo = async (run: () => Promise<string>) => {
    setBusy(true);
    try {
      setNotice({ text: await run() });
      restored();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <NoticeContext.Provider value={{ notify, restores, restored }}>
      {children}
      {/* Always in the page and empty when quiet, so screen readers announce each new text in it. */}
      <div class="toast" role="status" {...hold}>
        {(notice || error) && (
          <>
            {notice && <span>{notice.text}</span>}
            {error && (
              <span class="error" role="alert">
                {error}
              </span>
            )}
            {notice?.undo && (
              <button type="button" disabled={busy} onClick={() => void undo(notice.undo!)}>
                Undo
              </button>
            )}
            <button type="button" class="quiet" aria-label="Dismiss" onClick={dismiss}>
              ×
            </button>
          </>
        )}
      </div>
    </NoticeContext.Provider>
  );
}
