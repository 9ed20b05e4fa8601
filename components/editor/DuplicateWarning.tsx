import type { Ref } from 'preact';
import { useUniqueId } from '@/components/ids/unique-id';
import { LiveStatus } from '@/components/live/LiveStatus';
import type { DuplicateMatch } from '@/lib/store';
import { KIND_LABELS } from '@/components/record-labels';

function why({ entity, via, text }: DuplicateMatch): string {
  const kind = KIND_LABELS[entity.kind].toLowerCase();
  return via === 'name' ? `“${entity.name}” (${kind})` : `“${entity.name}” (${kind}), which has the alias “${text}”`;
}

/** "Already in your store: “Recep Tayyip Erdoğan” (person), which has the alias “Tayyip Erdoğan”." */
export function duplicateSentence(found: readonly DuplicateMatch[]): string {
  return found.length === 0 ? '' : `Already in your store: ${found.map(why).join('; ')}.`;
}

interface DuplicateWarningProps {
  found: readonly DuplicateMatch[];
  /** Opens an entity found; absent where the form cannot open another (nothing is offered then). */
  onOpen?: (entityId: string) => void;
  /** Saves the new entity all the same: two actors may share a name. */
  onSaveAnyway: () => void;
  saveAnywayRef: Ref<HTMLButtonElement>;
}

/**
 * The sentence is a live region present before it has anything to say, so a reader typing the
 * name hears it; the buttons come after it, and Save anyway names the sentence as its description.
 */
export function DuplicateWarning({ found, onOpen, onSaveAnyway, saveAnywayRef }: DuplicateWarningProps) {
  const sentenceId = useUniqueId('duplicates');
  return (
    <div class={found.length > 0 ? 'duplicate-warning' : undefined}>
      <div id={sentenceId}>
        <LiveStatus text={duplicateSentence(found)} class="duplicate-sentence" />
      </div>
      {found.length > 0 && (
        <div class="item-actions">
          {onOpen &&
            found.map(({ entity }) => (
              <button key={entity.id} type="button" onClick={() => onOpen(entity.id)}>
                Open {entity.name}
              </button>
            ))}
          <button ref={saveAnywayRef} type="button" aria-describedby={sentenceId} onClick={onSaveAnyway}>
            Save anyway
          </button>
        </div>
      )}
    </div>
  );
}
