import { useEffect, useRef } from 'preact/hooks';
import { AliasList } from './AliasList';
import { DeleteEntity } from './DeleteEntity';
import { useEntityEditor, type EntityEditorState } from './entity-editor';
import type { AliasForm, EntityForm } from './entity-form';
import { EntityFields } from './EntityFields';
import { ErrorMessage } from './ErrorMessage';
import { FactList } from './FactList';
import { NotesSection } from './NotesSection';
import { RelationList } from './RelationList';

interface EntityEditorProps {
  /** Undefined for a new entity. */
  entityId: string | undefined;
  /** A new entity's name, e.g. a name from "Not yet in your store". */
  initialName?: string;
  onBack: () => void;
  onStoreChanged: () => void;
  onDeleted: () => void;
}

export function EntityEditor({ entityId, initialName, onBack, onStoreChanged, onDeleted }: EntityEditorProps) {
  const editor = useEntityEditor(entityId, { onStoreChanged, onDeleted }, initialName);
  const { detail, form, change } = editor;
  const heading = useRef<HTMLHeadingElement>(null);
  // The list this replaced held focus; start a keyboard reader at the top of the editor.
  useEffect(() => heading.current?.focus(), []);

  const title = detail?.entity.name ?? (entityId ? 'Loading…' : 'New entity');

  return (
    <section class="editor" aria-labelledby="editor-heading">
      <header class="editor-head">
        <button type="button" class="quiet" aria-label="Back" onClick={onBack}>
          <span aria-hidden="true">← </span>Back
        </button>
        <h2 id="editor-heading" ref={heading} tabIndex={-1}>{title}</h2>
      </header>
      <ErrorMessage error={editor.loadError} />
      {form && (
        <EntityFormView form={form} editor={editor} onChange={change} />
      )}
      {detail && <NotesSection key={detail.entity.id} entityId={detail.entity.id} initialNotes={detail.notes} />}
    </section>
  );
}

function EntityFormView({ form, editor, onChange }: {
  form: EntityForm;
  editor: EntityEditorState;
  onChange: (form: EntityForm) => void;
}) {
  const quickAddAlias = (alias: AliasForm) => editor.save({ ...form, aliases: [...form.aliases, alias] });
  const incoming = editor.detail?.relations.filter((r) => r.direction === 'in') ?? [];
  return (
    <form
      class="entity-form"
      noValidate
      aria-busy={editor.busy}
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
    >
      <EntityFields form={form} onChange={onChange} />
      <AliasList aliases={form.aliases} onChange={(aliases) => onChange({ ...form, aliases })} onQuickAdd={quickAddAlias} />
      <FactList facts={form.facts} onChange={(facts) => onChange({ ...form, facts })} />
      <RelationList
        selfId={form.id}
        relations={form.relations}
        incoming={incoming}
        onChange={(relations) => onChange({ ...form, relations })}
      />
      <footer class="editor-foot">
        <ErrorMessage error={editor.error} />
        {editor.status && <p class="status" role="status">{editor.status}</p>}
        <div class="item-actions">
          <button type="submit" class="primary">Save</button>
          {form.id && <DeleteEntity name={editor.detail?.entity.name ?? form.name} onDelete={() => void editor.remove()} />}
        </div>
      </footer>
    </form>
  );
}
