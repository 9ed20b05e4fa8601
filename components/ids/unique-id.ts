import { useRef } from 'preact/hooks';

let made = 0;

/** The next id no element of this page has had: a counter for the page's life, never reused. */
export function uniqueId(prefix: string): string {
  made += 1;
  return `${prefix}-${made}`;
}

/**
 * An id for a label's or a picture's own element, fixed for the component's life. Preact's
 * `useId` derives ids from the component's place in its render tree; two render roots, and
 * components mounted and unmounted over a long session, were seen to get the same `P0-1`, so
 * that the label "Name" focused the sidebar's Kind filter (issue 17). A page-wide counter
 * cannot repeat.
 */
export function useUniqueId(prefix: string): string {
  const id = useRef<string>();
  id.current ??= uniqueId(prefix);
  return id.current;
}
