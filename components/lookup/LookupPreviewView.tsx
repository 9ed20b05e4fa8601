import { KIND_LABELS } from '@/components/record-labels';
import { formatDateRange } from '@/lib/dates';
import type { LookupPreview } from '@/lib/lookup';

/** What Add would put in the store: kind, names, dated facts with their Wikidata sources, the summary's origin. */
export function LookupPreviewView({ preview }: { preview: LookupPreview }) {
  return (
    <section class="lookup-preview" aria-label={`Preview of ${preview.name}`}>
      <p class="preview-head">
        <strong>{preview.name}</strong> <span class={`kind kind-${preview.kind}`}>{KIND_LABELS[preview.kind]}</span>
      </p>
      {preview.inStore && (
        <p class="hint">Already in your store as {preview.inStore.name}: Add adds what Wikidata knows to it.</p>
      )}
      {preview.summary && <p class="preview-summary">{preview.summary}</p>}
      {preview.summaryFrom ? (
        <p class="attribution">
          From Wikipedia, CC BY-SA:{' '}
          <a href={preview.summaryFrom.url} target="_blank" rel="noreferrer noopener">
            {preview.summaryFrom.title}
          </a>
        </p>
      ) : (
        preview.summary && <p class="attribution">From Wikidata’s description, CC0</p>
      )}
      {preview.aliases.length > 0 && <p class="preview-names">Also: {preview.aliases.slice(0, 8).join(', ')}</p>}
      {preview.facts.length > 0 && (
        <ul class="preview-facts" aria-label="Dated facts">
          {preview.facts.slice(0, 12).map((fact, i) => (
            <li key={i}>
              {(fact.date || fact.end) && <span class="date">{formatDateRange(fact.date, fact.end)} </span>}
              {fact.text}{' '}
              <a href={fact.url} target="_blank" rel="noreferrer noopener">
                Wikidata
              </a>
            </li>
          ))}
        </ul>
      )}
      <p class="attribution">
        <a href={preview.itemUrl} target="_blank" rel="noreferrer noopener">
          {preview.qid} on Wikidata
        </a>{' '}
        (CC0)
      </p>
    </section>
  );
}
