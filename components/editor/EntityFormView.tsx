import { useRef } from 'preact/hooks';
import { LiveStatus } from '@/components/live/LiveStatus';
import { AliasList } from './AliasList';
import { DeleteEntity } from './DeleteEntity';
import { useDuplicateCheck } from './duplicate-check';
import { DuplicateWarning } from './DuplicateWarning';
import type { EntityEditorState } from './entity-editor';
import type { AliasForm, EntityForm } from './entity-form';
import { EntityFields } from './EntityFields';
import { ErrorMessage } from './ErrorMessage';
import { FactList } from './FactList';
import { RelationList } from './RelationList';

interface EntityFormViewProps {
  form: EntityForm;
  editor: EntityEditorState;
  onChange: (form: EntityForm) => void;
  /** Opens an entity a new one's name duplicates. */
  onOpenDuplicate?: (entityId: string) => void;
}

/**
 * Every field of one entity with its Save, Cancel and Delete, as the popup and the editor page
 * show it. A new entity whose name the store already knows is not written on the first Save:
 * the warning says which entity answers to it, and Save anyway writes it all the same.
 */
export function EntityFormView({ form, editor, onChange, onOpenDuplicate }: EntityFormViewProps) {
  const duplicates = useDuplicateCheck(form.name, !form.id);
  const saveAnyway = useRef<HTMLButtonElement>(null);
  // Save anyway and Cancel changes leave the page once used: focus goes to Save, not to the page's body.
  const saveButton = useRef<HTMLButtonElement>(null);
  const quickAddAlias = (alias: AliasForm) => editor.save({ ...form, aliases: [...form.aliases, alias] });
  const quickRemoveAlias = (alias: AliasForm) =>
    editor.save({ ...form, aliases: form.aliases.filter((a) => a.key !== alias.key) });
  const incoming = editor.detail?.relations.filter((r) => r.direction === 'in') ?? [];
  const submit = async () => {
    if (!form.id && !duplicates.accepted && (await duplicates.checkNow()).length > 0) {
      // Rendered with the answer; focus waits for it.
      requestAnimationFrame(() => saveAnyway.current?.focus());
      return;
    }
    void editor.save();
  };
  return (
    <form
      class="entity-form"
      noValidate
      aria-busy={editor.busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <EntityFields form={form} onChange={onChange} />
      {!form.id && (
        <DuplicateWarning
          found={duplicates.found}
          onOpen={onOpenDuplicate}
          saveAnywayRef={saveAnyway}
          onSaveAnyway={() => {
            duplicates.accept();
            void editor.save().then(() => saveButton.current?.focus());
          }}
        />
      )}
      <AliasList
        aliases={form.aliases}
        onChange={(aliases) => onChange({ ...form, aliases })}
        onQuickAdd={quickAddAlias}
        onQuickRemove={quickRemoveAlias}
      />
      <FactList facts={form.facts} onChange={(facts) => onChange({ ...form, facts })} />
      <RelationList
        selfId={form.id}
        relations={form.relations}
        incoming={incoming}
        onChange={(relations) => onChange({ ...form, relations })}
      />
      <footer class="editor-foot">
        <ErrorMessage error={editor.error} />
        <LiveStatus text={editor.status} />
        <div class="item-actions">
          <button ref={saveButton} type="submit" class="primary">
            Save
          </button>
          {editor.dirty && (
            <button
              type="button"
              onClick={() => {
                editor.revert();
                saveButton.current?.focus();
              }}
            >
              Cancel changes
            </button>
          )}
          {form.id && (
            <DeleteEntity name={editor.detail?.entity.name ?? form.name} onDelete={() => void editor.remove()} />
          )}
        </div>
      </footer>
    </form>
  );
}
