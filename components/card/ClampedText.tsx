import { useState } from 'preact/hooks';
import { previewOf } from './card-model';

/**
 * Text that may be very long (a pasted article in a note, a summary written by hand) is
 * shown as a preview with "Show more", so one record cannot push the rest of the card away.
 */
export function ClampedText({ text, class: className }: { text: string; class: string }) {
  const [open, setOpen] = useState(false);
  const { preview, clipped } = previewOf(text);
  return (
    <div class={className}>
      <p class="clamped" dir="auto">
        {open ? text : preview}
      </p>
      {clipped && (
        <button type="button" class="link more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open
            ? 'Show less'
            : `Show more (${(text.length - preview.length + 1).toLocaleString('en-GB')} more characters)`}
        </button>
      )}
    </div>
  );
}
