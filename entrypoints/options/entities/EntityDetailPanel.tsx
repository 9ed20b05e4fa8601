import { useEffect, useRef, useState } from 'preact/hooks';
import { useEntityEditor, type EntityEditorState } from '@/components/editor/entity-editor';
import { EntityFormView } from '@/components/editor/EntityFormView';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { errorText } from '@/components/editor/error-text';
import { useWarnBeforeUnload } from '@/components/editor/leave-warning';
import { NotesSection } from '@/components/editor/NotesSection';
import { UnsavedMark } from '@/components/editor/UnsavedMark';
import { RefreshFromWikidata } from '@/components/lookup/RefreshFromWikidata';
import { StartFromLookup } from '@/components/lookup/StartFromLookup';
import { callBackground } from '@/lib/messaging';
import { undoBySnapshot, useNotice } from '../notice';
import { MergeInto } from './MergeInto';
import { TagEditor } from './TagEditor';

interface EntityDetailPanelProps {
  /** Undefined for a new entity. */
  entityId: string | undefined;
  /** The entity's tags as the store holds them now. */
  tags: readonly string[];
  onCreated: (id: string) => void;
  /** Opens another entity, asking first when this one has unsaved edits. */
  onOpen: (id: string) => void;
  /** Opens another entity at once: this one was merged into it, or a look-up added it. */
  onOpenNow: (id: string) => void;
  /** The title of this entity while it has unsaved edits, else undefined. */
  onUnsaved: (title: string | undefined) => void;
  /** `deleted` when the entity went from the store: focus then goes to the row that took its place. */
  onClose: (deleted?: boolean) => void;
}

/**
 * The popup's delete has no undo; here it goes through the bulk delete, which keeps a
 * snapshot first, so the toast can offer one.
 */
function useDeleteWithUndo(editor: EntityEditorState, onClose: (deleted: boolean) => void): EntityEditorState {
  const { notify } = useNotice();
  const [error, setError] = useState<string>();
  const remove = async () => {
    const entity = editor.detail?.entity;
    if (!entity) return;
    try {
      const { undoId } = await callBackground('entities/bulk-delete', { ids: [entity.id] });
      notify({ text: `Deleted “${entity.name}”.`, undo: () => undoBySnapshot(undoId) });
      onClose(true);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return { ...editor, error: error ?? editor.error, remove };
}

export function EntityDetailPanel({
  entityId,
  tags,
  onCreated,
  onOpen,
  onOpenNow,
  onClose,
  onUnsaved,
}: EntityDetailPanelProps) {
  const editor = useDeleteWithUndo(
    useEntityEditor(entityId, { onStoreChanged: () => undefined, onDeleted: () => onClose(true) }),
    onClose,
  );
  const { detail, form, change } = editor;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const savedId = detail?.entity.id;
  useEffect(() => {
    if (savedId && !entityId) onCreated(savedId);
  }, [savedId, entityId, onCreated]);

  const title = detail?.entity.name ?? (entityId ? 'Loading…' : 'New entity');
  const unsavedTitle = editor.dirty ? title : undefined;
  useEffect(() => onUnsaved(unsavedTitle), [unsavedTitle, onUnsaved]);
  useEffect(() => () => onUnsaved(undefined), [onUnsaved]);
  useWarnBeforeUnload(editor.dirty);
  return (
    <section class="detail" aria-labelledby="detail-heading">
      <header class="detail-head">
        <div class="detail-title">
          <h2 id="detail-heading" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          <UnsavedMark dirty={editor.dirty} />
        </div>
        <button type="button" class="quiet" onClick={() => onClose()}>
          Close
        </button>
      </header>
      <ErrorMessage error={editor.loadError} />
      {!entityId && !detail && form && (
        <StartFromLookup name={form.name} onAdded={(added) => onOpenNow(added.entityId)} />
      )}
      {form && <EntityFormView form={form} editor={editor} onChange={change} onOpenDuplicate={onOpen} />}
      {detail && (
        <>
          <TagEditor entityId={detail.entity.id} tags={tags} />
          <div class="merge-row">
            <MergeInto entity={detail.entity} onMerged={onOpenNow} />
          </div>
          <RefreshFromWikidata entity={detail.entity} onRefreshed={editor.reload} />
          <NotesSection key={detail.entity.id} entityId={detail.entity.id} initialNotes={detail.notes} />
        </>
      )}
    </section>
  );
}
