/**
 * "Unsaved changes" beside an entity's title, in words rather than a coloured dot alone. A status
 * region present from the start, so a screen reader hears it once the first edit is made.
 */
export function UnsavedMark({ dirty }: { dirty: boolean }) {
  return (
    <span class="unsaved-mark" role="status">
      {dirty ? 'Unsaved changes' : ''}
    </span>
  );
}
