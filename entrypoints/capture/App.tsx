import { useMemo } from 'preact/hooks';
import { MAX_FACT_CHARS, MAX_NAME_CHARS, readCaptureQuery, type CaptureRequest } from '@/lib/capture';
import { EntityCapture } from './EntityCapture';
import { FactCapture } from './FactCapture';

/**
 * The "add selection" form, opened by the background in a small window of its own
 * (capture.html?mode=entity|fact&text=…&url=…&title=…&published=…&tabId=…).
 */
export function App({ search }: { search: string }) {
  const request = useMemo(() => readCaptureQuery(search), [search]);
  const isFact = request.mode === 'fact';
  return (
    <main class="capture">
      <p class="app-name">Backstory</p>
      <h1>{isFact ? 'Add as fact' : 'Add as actor or event'}</h1>
      <SelectionNotice request={request} />
      {isFact ? <FactCapture request={request} /> : <EntityCapture request={request} />}
    </main>
  );
}

function SelectionNotice({ request }: { request: CaptureRequest }) {
  if (request.text === '') return <p class="notice">Select some text first: nothing was selected on the page.</p>;
  if (!request.cut) return null;
  const limit = (request.mode === 'fact' ? MAX_FACT_CHARS : MAX_NAME_CHARS).toLocaleString('en');
  return <p class="notice">The selection was longer than {limit} characters, so only its start is kept.</p>;
}
