import { isWebUrl } from '@/components/web-url';
import { emptyFact, type FactForm } from './entity-form';
import { TextField } from './Field';

interface FactListProps {
  facts: FactForm[];
  onChange: (facts: FactForm[]) => void;
}

function SourceLink({ url }: { url: string }) {
  if (!isWebUrl(url)) return null;
  return (
    <a class="source-link" href={url.trim()} target="_blank" rel="noreferrer noopener">
      Open source
    </a>
  );
}

function FactItem({
  fact,
  number,
  onChange,
  onRemove,
}: {
  fact: FactForm;
  number: number;
  onChange: (fact: FactForm) => void;
  onRemove: () => void;
}) {
  const set = (changes: Partial<FactForm>) => onChange({ ...fact, ...changes });
  return (
    <li>
      <fieldset class="item">
        <legend class="visually-hidden">Fact {number}</legend>
        <TextField label="Fact" value={fact.text} multiline onInput={(text) => set({ text })} />
        <div class="inline-fields">
          <TextField label="Date" value={fact.date} date onInput={(date) => set({ date })} />
          <TextField label="End" value={fact.end} date onInput={(end) => set({ end })} />
        </div>
        <TextField
          label="Source URL"
          value={fact.sourceUrl}
          inputMode="url"
          placeholder="https://"
          onInput={(sourceUrl) => set({ sourceUrl })}
        />
        <TextField label="Source title" value={fact.sourceTitle} onInput={(sourceTitle) => set({ sourceTitle })} />
        <div class="item-actions">
          <SourceLink url={fact.sourceUrl} />
          <button type="button" class="quiet" aria-label={`Remove fact ${number}`} onClick={onRemove}>
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
}

export function FactList({ facts, onChange }: FactListProps) {
  const replace = (index: number, fact: FactForm) => onChange(facts.map((f, i) => (i === index ? fact : f)));
  return (
    <fieldset class="group">
      <legend>Facts</legend>
      {facts.length > 0 && (
        <ul class="plain">
          {facts.map((fact, i) => (
            <FactItem
              key={fact.key}
              fact={fact}
              number={i + 1}
              onChange={(next) => replace(i, next)}
              onRemove={() => onChange(facts.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      )}
      <button type="button" class="quiet" onClick={() => onChange([...facts, emptyFact()])}>
        Add fact
      </button>
    </fieldset>
  );
}
