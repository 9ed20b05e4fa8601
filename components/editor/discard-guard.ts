import { useCallback, useRef, useState } from 'preact/hooks';

export interface DiscardGuard {
  /** The entity whose unsaved changes the reader is being asked about, while the question is open. */
  asking?: string;
  /** Runs `step` at once, or once the reader agrees to discard the unsaved changes. */
  guard: (step: () => void) => void;
  /** The name of the entity with unsaved changes, or undefined when nothing would be lost. */
  setUnsaved: (name: string | undefined) => void;
  keepEditing: () => void;
  discard: () => void;
}

/**
 * Stands between the reader and every step that would drop an entity's unsaved edits (Back,
 * Close, opening another entity): with nothing unsaved the step runs, else it waits for an
 * answer. Issue 17: the popup's Back lost edits without a word.
 */
export function useDiscardGuard(): DiscardGuard {
  const unsaved = useRef<string>();
  const [pending, setPending] = useState<{ name: string; step: () => void }>();
  const guard = useCallback((step: () => void) => {
    if (unsaved.current === undefined) step();
    else setPending({ name: unsaved.current, step });
  }, []);
  const setUnsaved = useCallback((name: string | undefined) => {
    unsaved.current = name;
  }, []);
  const keepEditing = () => setPending(undefined);
  const discard = () => {
    unsaved.current = undefined;
    setPending(undefined);
    pending?.step();
  };
  return { asking: pending?.name, guard, setUnsaved, keepEditing, discard };
}
