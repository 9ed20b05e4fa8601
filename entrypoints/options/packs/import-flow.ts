import { useRef, useState } from 'preact/hooks';
import type { CommittedImport, ImportProgress, ImportReport } from '@/lib/backup';
import { askBackground, callBackground } from '@/lib/messaging';
import { undoBySnapshot, useNotice } from '../notice';
import { holdStoreReads } from '../store-reads';
import { fileSizeProblem, importKindOf, importSentence } from './import-file';

/** How often the bar asks how far the background has got; a message cannot stream. */
const POLL_MS = 200;

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; read?: number; of?: number }
  | { step: 'preview'; fileName: string; jobId: string; preview: ImportReport }
  | { step: 'writing'; fileName: string; jobId: string; preview: ImportReport; progress?: ImportProgress }
  | { step: 'done'; fileName: string; result: CommittedImport };

export interface ImportFlow {
  state: ImportStep;
  /** The background's own words: they name the line or the record that is wrong. */
  error?: string;
  /** One file, or every file of a pack in several files (format 3). */
  choose: (files: readonly File[]) => Promise<void>;
  commit: () => Promise<void>;
  cancel: () => Promise<void>;
}

const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/** Every import message says which file it is about: a reader may have chosen the wrong one. */
export const aboutFile = (fileName: string, text: string) =>
  text.includes(`“${fileName}”`) ? text : `“${fileName}”: ${text}`;

/** Asks how far a commit has got until the returned stop is called. */
function pollProgress(jobId: string, onProgress: (progress: ImportProgress) => void): () => void {
  const timer = setInterval(
    () =>
      void askBackground('import/progress', { jobId }).then((answer) => {
        if (answer.ok) onProgress(answer.value);
      }),
    POLL_MS,
  );
  return () => clearInterval(timer);
}

async function startOne(file: File) {
  const text = await file.text();
  return callBackground('import/start', { kind: importKindOf(file.name, text), text });
}

/** A pack in several files: each file sent and checked in turn (one message a file), then the set as one pack. */
async function startSet(files: readonly File[], onRead: (read: number) => void) {
  const stagedIds: string[] = [];
  for (const [index, file] of files.entries()) {
    const { stagedId } = await callBackground('import/stage', { name: file.name, text: await file.text() });
    stagedIds.push(stagedId);
    onRead(index + 1);
  }
  return callBackground('import/start-set', { stagedIds });
}

/** An import in its steps: read and preview (nothing written), then write with a progress bar, or cancel. */
export function useImportFlow(): ImportFlow {
  const { notify, restored } = useNotice();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [error, setError] = useState<string>();
  const cancelled = useRef(false);

  const choose = async (files: readonly File[]) => {
    setError(undefined);
    const problem = files.map((file) => fileSizeProblem(file.name, file.size)).find(Boolean);
    if (problem) return setError(problem);
    const fileName = files.length === 1 ? files[0]!.name : `${files.length.toLocaleString('en')} files`;
    setState({ step: 'reading', fileName });
    try {
      const { jobId, preview } =
        files.length === 1
          ? await startOne(files[0]!)
          : await startSet(files, (read) => {
              setState({ step: 'reading', fileName, read, of: files.length });
            });
      setState({ step: 'preview', fileName, jobId, preview });
    } catch (failure) {
      setError(aboutFile(fileName, message(failure)));
      setState({ step: 'idle' });
    }
  };

  const commit = async () => {
    if (state.step !== 'preview') return;
    const { jobId } = state;
    cancelled.current = false;
    setState({ ...state, step: 'writing' });
    const stop = pollProgress(jobId, (progress) =>
      setState((now) => (now.step === 'writing' ? { ...now, progress } : now)),
    );
    const releaseReads = holdStoreReads();
    try {
      const result = await callBackground('import/commit', { jobId });
      setState({ step: 'done', fileName: state.fileName, result });
      notify({
        text: `Imported “${state.fileName}”: ${importSentence(result, 'done')}`,
        undo: () => undoBySnapshot(result.snapshotId),
      });
      restored();
    } catch (failure) {
      if (cancelled.current) notify({ text: aboutFile(state.fileName, message(failure)) });
      else setError(aboutFile(state.fileName, message(failure)));
      setState({ step: 'idle' });
    } finally {
      stop();
      releaseReads();
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
