import { useEffect, useRef, useState } from 'preact/hooks';
import { factErrorText, factRequestFromCapture, factSource, type CaptureRequest } from '@/lib/capture';
import { askBackground, type PageEntity } from '@/lib/messaging';
import { TextField } from '@/components/editor/Field';
import { EntityChooser } from './EntityChooser';
import { SaveFooter } from './SaveFooter';
import { useSaveState } from './save-state';

/** "Add as fact about…": the sentence, its date, the entity it is about, and the page as its source. */
export function FactCapture({ request }: { request: CaptureRequest }) {
  const [text, setText] = useState(request.text);
  const [date, setDate] = useState(request.published ?? '');
  const [about, setAbout] = useState<PageEntity>();
  const state = useSaveState(factErrorText, about ? `Added to ${about.name}.` : 'Added.');
  const formRef = useRef<HTMLFormElement>(null);
  // The window opens for this one form: a keyboard reader starts at the entity search.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus(), []);

  const submit = () => {
    const built = factRequestFromCapture({ text, date, entityId: about?.id, url: request.url, title: request.title });
    void state.save(async () => (built.ok ? askBackground('fact/add', built.value) : built));
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={state.busy}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <TextField label="Fact" value={text} multiline onInput={setText} />
      <EntityChooser tabId={request.tabId} chosen={about} onChoose={setAbout} />
      <TextField label="Date" value={date} date onInput={setDate} />
      <SourceLine url={request.url} title={request.title} />
      <SaveFooter state={state} />
    </form>
  );
}

function SourceLine({ url, title }: { url: string; title: string }) {
  const source = factSource(url, title);
  if (source.refused) return <p class="notice source">{source.refused}</p>;
  return (
    <p class="source">
      <span class="muted">Source: </span>
      {source.sourceTitle && <span class="source-title">{source.sourceTitle} </span>}
      <span class="muted">({source.sourceUrl})</span>
    </p>
  );
}
