import { formatDateRange } from '@/lib/dates';
import { relationLabel, relationTypeLabel } from '@/components/record-labels';
import { RELATION_TYPES, type RelationView } from '@/lib/store';
import { EntityPicker } from './EntityPicker';
import { emptyRelation, type RelationForm } from './entity-form';
import { SelectField, TextField } from './Field';
import { KindLabel } from './KindLabel';

const TYPE_OPTIONS = RELATION_TYPES.map((type) => ({ value: type, label: relationTypeLabel(type) }));

interface RelationListProps {
  selfId: string | undefined;
  relations: RelationForm[];
  /** Relations other entities hold to this one: shown, but edited from the other end. */
  incoming: RelationView[];
  onChange: (relations: RelationForm[]) => void;
}

function RelationItem({
  relation,
  number,
  selfId,
  onChange,
  onRemove,
}: {
  relation: RelationForm;
  number: number;
  selfId: string | undefined;
  onChange: (relation: RelationForm) => void;
  onRemove: () => void;
}) {
  const set = (changes: Partial<RelationForm>) => onChange({ ...relation, ...changes });
  return (
    <li>
      <fieldset class="item">
        <legend class="visually-hidden">Relation {number}</legend>
        <SelectField label="Relation" value={relation.type} options={TYPE_OPTIONS} onChange={(type) => set({ type })} />
        <EntityPicker selfId={selfId} target={relation.target} onChoose={(target) => set({ target })} />
        <div class="inline-fields">
          <TextField label="Start" value={relation.start} date onInput={(start) => set({ start })} />
          <TextField label="End" value={relation.end} date onInput={(end) => set({ end })} />
        </div>
        <div class="item-actions">
          <button type="button" class="quiet" aria-label={`Remove relation ${number}`} onClick={onRemove}>
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
}

function IncomingRelation({ relation }: { relation: RelationView }) {
  const when = formatDateRange(relation.start, relation.end);
  return (
    <li class="incoming">
      <span class="muted">{relationLabel(relation.type, 'in')}</span> <span class="name">{relation.other.name}</span>{' '}
      <KindLabel kind={relation.other.kind} />
      {when && <span class="muted"> ({when})</span>}
    </li>
  );
}

export function RelationList({ selfId, relations, incoming, onChange }: RelationListProps) {
  const replace = (index: number, relation: RelationForm) =>
    onChange(relations.map((r, i) => (i === index ? relation : r)));
  return (
    <fieldset class="group">
      <legend>Relations</legend>
      {relations.length > 0 && (
        <ul class="plain">
          {relations.map((relation, i) => (
            <RelationItem
              key={relation.key}
              relation={relation}
              number={i + 1}
              selfId={selfId}
              onChange={(next) => replace(i, next)}
              onRemove={() => onChange(relations.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      )}
      <button type="button" class="quiet" onClick={() => onChange([...relations, emptyRelation()])}>
        Add relation
      </button>
      {incoming.length > 0 && (
        <>
          <h4>From other entities</h4>
          <ul class="plain">
            {incoming.map((r) => (
              <IncomingRelation key={r.id} relation={r} />
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
