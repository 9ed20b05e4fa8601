import { LiveStatus } from '@/components/live/LiveStatus';
import { importSentence } from './import-file';
import { useImportFlow, type ImportFlow, type ImportStep } from './import-flow';
import { ImportPreview } from './ImportPreview';

function Writing({ state, flow }: { state: Extract<ImportStep, { step: 'writing' }>; flow: ImportFlow }) {
  const { done = 0, total = 0 } = state.progress ?? {};
  return (
    <div class="import-step">
      {/* The live region above says the import started; the progress bar says how far it is. */}
      {total > 0 && (
        <p aria-hidden="true">
          {done.toLocaleString('en')} of {total.toLocaleString('en')} records
        </p>
      )}
      <progress aria-label="Import progress" max={total || undefined} value={total ? done : undefined} />
      <button type="button" onClick={() => void flow.cancel()}>
        Cancel import
      </button>
    </div>
  );
}

/** What the import's one live region says at each step; the preview is a group of its own the reader reads. */
function importStatus(state: ImportStep): string | undefined {
  if (state.step === 'reading') {
    return `Reading and checking ${state.of ? `${state.fileName}: ${(state.read ?? 0).toLocaleString('en')} of ${state.of.toLocaleString('en')} read` : `“${state.fileName}”`}…`;
  }
  if (state.step === 'writing') return `Importing “${state.fileName}”…`;
  if (state.step === 'done') return `Imported “${state.fileName}”: ${importSentence(state.result, 'done')}`;
  return undefined;
}

/** Packs, whole-store backups and CSV actor lists, each previewed before anything is written. */
export function ImportPanel() {
  const flow = useImportFlow();
  const { state } = flow;
  const busy = state.step === 'reading' || state.step === 'writing';
  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Import a file</h3>
      <p class="muted">
        A pack (.json), a whole-store backup (.json) or a list of actors (.csv with the columns name, kind, aliases,
        summary). Up to 50 MB. A pack in several files (<code>name.part-1.json</code>, <code>name.part-2.json</code>…):
        choose them all together.
      </p>
      <div class="field">
        <label for="import-file">File to import</label>
        <input
          id="import-file"
          type="file"
          multiple
          accept=".json,.csv,application/json,text/csv"
          disabled={busy || state.step === 'preview'}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            // Cleared, so that choosing the same file again (after fixing it) starts again.
            e.currentTarget.value = '';
            if (files.length > 0) void flow.choose(files);
          }}
        />
      </div>
      {flow.error && (
        <p class="error" role="alert">
          {flow.error}
        </p>
      )}
      <LiveStatus text={importStatus(state)} />
      {state.step === 'preview' && (
        <ImportPreview
          source={state.fileName}
          report={state.preview}
          onImport={() => void flow.commit()}
          onCancel={() => void flow.cancel()}
        />
      )}
      {state.step === 'writing' && <Writing state={state} flow={flow} />}
    </section>
  );
}
