interface LiveStatusProps {
  /** What the region says now; empty or undefined, it says nothing and takes no room. */
  text?: string | undefined;
  class?: string;
}

/**
 * A status line that is in the page before it has anything to say. A region that appears
 * together with its text ("Saved.") goes unannounced by several screen readers (NVDA and
 * VoiceOver with Chromium among them): they announce changes inside regions they already
 * know. So it is always rendered, empty until its text comes.
 */
export function LiveStatus({ text, class: className }: LiveStatusProps) {
  const empty = !text;
  return (
    <p
      class={['status', className].filter(Boolean).join(' ')}
      role="status"
      style={empty ? { margin: 0, padding: 0 } : undefined}
    >
      {text}
    </p>
  );
}
