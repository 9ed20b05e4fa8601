import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { errorText } from '@/components/editor/labels';
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
      <div class="toast" role="status">
        {(notice || error) && (
          <>
            {notice && <span>{notice.text}</span>}
            {error && <span class="error" role="alert">{error}</span>}
            {notice?.undo && <button type="button" disabled={busy} onClick={() => void undo(notice.undo!)}>Undo</button>}
            <button type="button" class="quiet" aria-label="Dismiss" onClick={dismiss}>×</button>
          </>
        )}
      </div>
    </NoticeContext.Provider>
  );
}
