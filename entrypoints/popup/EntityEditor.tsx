import { useEffect, useRef } from 'preact/hooks';
import { useDiscardGuard } from '@/components/editor/discard-guard';
import { DiscardDialog } from '@/components/editor/DiscardDialog';
import { useEntityEditor } from '@/components/editor/entity-editor';
import { EntityFormView } from '@/components/editor/EntityFormView';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { NotesSection } from '@/components/editor/NotesSection';
import { UnsavedMark } from '@/components/editor/UnsavedMark';
import { RefreshFromWikidata } from '@/components/lookup/RefreshFromWikidata';
import { StartFromLookup } from '@/components/lookup/StartFromLookup';

interface EntityEditorProps {
  /** Undefined for a new entity. */
  entityId: string | undefined;
  /** A new entity's name, e.g. a name from "Not yet in your store". */
  initialName?: string;
  onBack: () => void;
  onStoreChanged: () => void;
  onDeleted: () => void;
  /** Opens another entity's editor: the one a look-up started from this form added or updated. */
  onOpen?: (entityId: string) => void;
}

export function EntityEditor({ entityId, initialName, onBack, onStoreChanged, onDeleted, onOpen }: EntityEditorProps) {
  const editor = useEntityEditor(entityId, { onStoreChanged, onDeleted }, initialName);
  const { detail, form, change } = editor;
  const heading = useRef<HTMLHeadingElement>(null);
  // The list this replaced held focus; start a keyboard reader at the top of the editor.
  useEffect(() => heading.current?.focus(), []);

  const title = detail?.entity.name ?? (entityId ? 'Loading…' : 'New entity');
  // Back and opening another entity leave this form: with edits unsaved, they ask first.
  const discard = useDiscardGuard();
  discard.setUnsaved(editor.dirty ? title : undefined);

  return (
    <section class="editor" aria-labelledby="editor-heading">
      <header class="editor-head">
        <button type="button" class="quiet" aria-label="Back" onClick={() => discard.guard(onBack)}>
          <span aria-hidden="true">← </span>Back
        </button>
        <h2 id="editor-heading" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <UnsavedMark dirty={editor.dirty} />
      </header>
      <DiscardDialog guard={discard} />
      <ErrorMessage error={editor.loadError} />
      {!entityId && !detail && form && onOpen && (
        <StartFromLookup
          name={form.name}
          onAdded={(added) => {
            onStoreChanged();
            onOpen(added.entityId);
          }}
        />
      )}
      {form && (
        <EntityFormView
          form={form}
          editor={editor}
          onChange={change}
          onOpenDuplicate={onOpen && ((id) => discard.guard(() => onOpen(id)))}
        />
      )}
      {detail && (
        <RefreshFromWikidata
          entity={detail.entity}
          onRefreshed={() => {
            editor.reload();
            onStoreChanged();
          }}
        />
      )}
      {detail && <NotesSection key={detail.entity.id} entityId={detail.entity.id} initialNotes={detail.notes} />}
    </section>
  );
}
