import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { errorText } from '@/components/editor/error-text';
import { callBackground } from '@/lib/messaging';

interface TagEditorProps {
  entityId: string;
  /** As the store holds them now: a bulk action elsewhere shows here at once. */
  tags: readonly string[];
}

/** The reader's filing of one entity. Each change is saved at once, apart from the entity's form. */
export function TagEditor({ entityId, tags }: TagEditorProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const change = async (tag: string, remove: boolean) => {
    setError(undefined);
    try {
      await callBackground('entities/bulk-tag', { ids: [entityId], tag, remove });
      if (!remove) setText('');
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <fieldset class="group tags">
      <legend>Tags</legend>
      {tags.length > 0 ? (
        <ul class="plain tag-list">
          {tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
              <button
                type="button"
                class="quiet"
                aria-label={`Remove tag ${tag}`}
                onClick={() => void change(tag, true)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No tags.</p>
      )}
      <form
        class="alias-row add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void change(text, false);
        }}
      >
        <input
          type="text"
          aria-label="New tag"
          placeholder="New tag"
          list="known-tags"
          value={text}
          autocomplete="off"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Add tag</button>
      </form>
      <ErrorMessage error={error} />
    </fieldset>
  );
}
