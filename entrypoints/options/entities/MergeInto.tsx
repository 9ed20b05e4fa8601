import { useState } from 'preact/hooks';
import { EntityPicker } from '@/components/editor/EntityPicker';
import { ErrorMessage } from '@/components/editor/ErrorMessage';
import { errorText } from '@/components/editor/error-text';
import { plural } from '@/components/count-and-time-text';
import { callBackground, type BackgroundAnswer } from '@/lib/messaging';
import type { EntitySummary } from '@/lib/store';
import { undoBySnapshot, useNotice } from '../notice';

interface MergeIntoProps {
  entity: EntitySummary;
  /** After the merge: the entity merged into, which is now the one left. */
  onMerged: (keptId: string) => void;
}

function mergedText(gone: string, kept: string, { report }: BackgroundAnswer<'entities/merge'>): string {
  const moved = [
    plural(report.aliases, 'alias', 'aliases'),
    plural(report.facts, 'fact'),
    plural(report.notes, 'note'),
    plural(report.relations, 'relation'),
  ];
  return `Merged “${gone}” into “${kept}”: ${moved.join(', ')} moved.`;
}

/**
 * Two entities that turn out to be one: this one goes, and its aliases (its name among
 * them), facts, notes and relations move to the one chosen. Asked once, undoable after.
 */
export function MergeInto({ entity, onMerged }: MergeIntoProps) {
  const { notify } = useNotice();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<EntitySummary>();
  const [error, setError] = useState<string>();
  const close = () => {
    setOpen(false);
    setTarget(undefined);
    setError(undefined);
  };
  const merge = async (kept: EntitySummary) => {
    setError(undefined);
    try {
      const answer = await callBackground('entities/merge', { keepId: kept.id, mergeId: entity.id });
      notify({ text: mergedText(entity.name, kept.name, answer), undo: () => undoBySnapshot(answer.undoId) });
      onMerged(kept.id);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Merge into…
      </button>
    );
  return (
    <fieldset class="group merge">
      <legend>Merge “{entity.name}” into another entity</legend>
      <EntityPicker selfId={entity.id} target={target} onChoose={setTarget} />
      {target && (
        <div class="confirm" role="group" aria-label="Confirm merge">
          <p>
            “{entity.name}” will be deleted; its aliases, facts, notes and relations move to “{target.name}”.
          </p>
          <div class="item-actions">
            <button type="button" class="primary" onClick={() => void merge(target)}>
              Merge into {target.name}
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {!target && (
        <button type="button" class="quiet" onClick={close}>
          Cancel
        </button>
      )}
      <ErrorMessage error={error} />
    </fieldset>
  );
}
