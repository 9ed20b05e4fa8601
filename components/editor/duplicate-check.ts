import { useEffect, useRef, useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging';
import type { DuplicateMatch } from '@/lib/store';

/** Checked once typing pauses: a check per keystroke would read a 100,000-entity store per letter. */
const TYPING_PAUSE_MS = 300;

export interface DuplicateCheck {
  /** The entities already answering to the name as last checked. */
  found: readonly DuplicateMatch[];
  /** The reader saw the warning for this very name and chose to save anyway. */
  accepted: boolean;
  accept: () => void;
  /** The duplicates of the name now in the field, asked at once (for Save, which must not wait for a pause). */
  checkNow: () => Promise<readonly DuplicateMatch[]>;
}

/**
 * Warns, while a new entity's name is typed, that the store already has an entity answering to
 * it ("Tayyip Erdoğan" while Recep Tayyip Erdoğan has that alias). `active` is false for an
 * entity already saved: it is no new duplicate. A failed check warns of nothing rather than
 * stand between the reader and Save.
 */
export function useDuplicateCheck(name: string, active: boolean): DuplicateCheck {
  const wanted = active ? name.trim() : '';
  const [answer, setAnswer] = useState<{ name: string; found: readonly DuplicateMatch[] }>({ name: '', found: [] });
  const [acceptedFor, setAcceptedFor] = useState<string>();
  const latest = useRef(wanted);
  latest.current = wanted;

  const ask = async (asked: string): Promise<readonly DuplicateMatch[]> => {
    if (asked === '') return [];
    const result = await askBackground('entities/duplicates', { name: asked });
    const found = result.ok ? result.value : [];
    // An answer for a name since typed over is not shown.
    if (latest.current === asked) setAnswer({ name: asked, found });
    return found;
  };

  useEffect(() => {
    if (wanted === '') return undefined;
    const timer = setTimeout(() => void ask(wanted), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [wanted]);

  return {
    found: answer.name === wanted && wanted !== '' ? answer.found : [],
    accepted: acceptedFor === wanted,
    accept: () => setAcceptedFor(wanted),
    checkNow: () => (answer.name === wanted ? Promise.resolve(answer.found) : ask(wanted)),
  };
}
