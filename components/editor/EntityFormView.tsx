import { LiveStatus } from '@/components/live/LiveStatus';
import { AliasList } from './AliasList';
import { DeleteEntity } from './DeleteEntity';
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
}

/** Every field of one entity with its Save and Delete, as the popup and the editor page show it. */
export function EntityFormView({ form, editor, onChange }: EntityFormViewProps) {
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
        <LiveStatus text={editor.status} />
        <div class="item-actions">
          <button type="submit" class="primary">Save</button>
          {form.id && <DeleteEntity name={editor.detail?.entity.name ?? form.name} onDelete={() => void editor.remove()} />}
        </div>
      </footer>
    </form>
  );
}
