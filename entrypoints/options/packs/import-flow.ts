import { useRef, useState } from 'preact/hooks';
import type { CommittedImport, ImportProgress, ImportReport } from '@/lib/backup';
import { askBackground, callBackground } from '@/lib/messaging';
import { undoBySnapshot, useNotice } from '../notice';
import { fileSizeProblem, importKindOf, importSentence } from './import-file';

/** How often the bar asks how far the background has got; a message cannot stream. */
const POLL_MS = 200;

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; fileName: string; jobId: string; preview: ImportReport }
  | { step: 'writing'; fileName: string; jobId: string; preview: ImportReport; progress?: ImportProgress }
  | { step: 'done'; fileName: string; result: CommittedImport };

export interface ImportFlow {
  state: ImportStep;
  /** The background's own words: they name the line or the record that is wrong. */
  error?: string;
  choose: (file: File) => Promise<void>;
  commit: () => Promise<void>;
  cancel: () => Promise<void>;
}

const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/** Asks how far a commit has got until the returned stop is called. */
function pollProgress(jobId: string, onProgress: (progress: ImportProgress) => void): () => void {
  const timer = setInterval(() => void askBackground('import/progress', { jobId }).then((answer) => {
    if (answer.ok) onProgress(answer.value);
  }), POLL_MS);
  return () => clearInterval(timer);
}

/** An import in its steps: read and preview (nothing written), then write with a progress bar, or cancel. */
export function useImportFlow(): ImportFlow {
  const { notify, restored } = useNotice();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [error, setError] = useState<string>();
  const cancelled = useRef(false);

  const choose = async (file: File) => {
    setError(undefined);
    const problem = fileSizeProblem(file.name, file.size);
    if (problem) return setError(problem);
    setState({ step: 'reading', fileName: file.name });
    try {
      const text = await file.text();
      const { jobId, preview } = await callBackground('import/start', { kind: importKindOf(file.name, text), text });
      setState({ step: 'preview', fileName: file.name, jobId, preview });
    } catch (failure) {
      setError(message(failure));
      setState({ step: 'idle' });
    }
  };

  const commit = async () => {
    if (state.step !== 'preview') return;
    const { jobId } = state;
    cancelled.current = false;
    setState({ ...state, step: 'writing' });
    const stop = pollProgress(jobId, (progress) => setState((now) => (now.step === 'writing' ? { ...now, progress } : now)));
    try {
      const result = await callBackground('import/commit', { jobId });
      setState({ step: 'done', fileName: state.fileName, result });
      notify({ text: `Imported “${state.fileName}”: ${importSentence(result, 'done')}`, undo: () => undoBySnapshot(result.snapshotId) });
      restored();
    } catch (failure) {
      if (cancelled.current) notify({ text: message(failure) });
      else setError(message(failure));
      setState({ step: 'idle' });
    } finally {
      stop();
    }
  };

  const cancel = async () => {
    if (state.step !== 'preview' && state.step !== 'writing') return;
    cancelled.current = true;
    // A job the background has already forgotten needs no cancelling: either way nothing was written.
    await askBackground('import/cancel', { jobId: state.jobId });
    if (state.step === 'preview') setState({ step: 'idle' });
  };

  return { state, error, choose, commit, cancel };
}
