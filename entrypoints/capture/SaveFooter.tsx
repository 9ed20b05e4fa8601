import { ErrorMessage } from '@/components/editor/ErrorMessage';
import type { SaveState } from './save-state';

export function SaveFooter({ state }: { state: SaveState }) {
  return (
    <footer class="capture-foot">
      <ErrorMessage error={state.error} />
      {/* Always present, so that a screen reader announces the confirmation when it appears. */}
      <p class="status" role="status">
        {state.done}
      </p>
      <div class="item-actions">
        <button type="submit" class="primary" disabled={state.busy || state.done !== undefined}>
          Save
        </button>
      </div>
    </footer>
  );
}
