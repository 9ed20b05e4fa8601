import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoteActions } from '@/components/card/ContextCard';
import { CardNotes } from '@/components/card/CardNotes';
import { withNote, withoutNote } from '@/components/card/note-list';
import { askBackground } from '@/lib/messaging';
import type { NoteRecord } from '@/lib/store';
import type { CardPort } from './card-port';
import { focusEdge, followKeys } from './frame-keys';

interface Shown {
  entityId: string;
  notes: NoteRecord[];
}

/**
 * The reader's notes on the card's entity, in a frame of the extension's own origin: keys
 * typed here, the text shown and every change to it stay in this document, which the news
 * page can neither read nor observe.
 */
export function App({ card }: { card: CardPort }) {
  const [shown, setShown] = useState<Shown>();
  const [problem, setProblem] = useState<string>();
  const wanted = useRef<string>();
  const trapped = useRef(false);
  // Notes already read for this page: a card opened again shows them in its first frame,
  // and the background's answer replaces them a moment later if they changed elsewhere.
  const known = useRef(new Map<string, NoteRecord[]>());

  const load = async (entityId: string) => {
    wanted.current = entityId;
    const cached = known.current.get(entityId);
    if (cached) {
      setProblem(undefined);
      setShown({ entityId, notes: cached });
    }
    const result = await askBackground('entity/get', { id: entityId });
    if (wanted.current !== entityId) return;
    if (result.ok) known.current.set(entityId, result.value.notes);
    setProblem(result.ok ? undefined : result.error);
    setShown(result.ok ? { entityId, notes: result.value.notes } : undefined);
  };
  useEffect(() => {
    card.onCommand((command) => {
      if (command.type === 'show') {
        trapped.current = command.trapped;
        void load(command.entityId);
      } else {
        focusEdge(command.edge);
      }
    });
    return followKeys({ trapped: () => trapped.current, send: (event) => card.send(event) });
  }, [card]);
  // A layout effect runs as the notes reach the DOM (useEffect would wait for a frame first).
  useLayoutEffect(() => {
    if (shown) reportPainted(card, shown.entityId);
  }, [card, shown?.entityId]);

  if (problem)
    return (
      <p class="problem" role="alert">
        {problem}
      </p>
    );
  if (!shown) return null;
  const change = (next: (notes: NoteRecord[]) => NoteRecord[]) =>
    setShown((current) => {
      if (current?.entityId !== shown.entityId) return current;
      const notes = next(current.notes);
      known.current.set(current.entityId, notes);
      return { ...current, notes };
    });
  const actions: NoteActions = {
    async save(draft) {
      const result = await askBackground('note/save', { ...draft, entityId: shown.entityId });
      if (!result.ok) return `Not saved: ${result.error}`;
      change((notes) => withNote(notes, result.value));
      return undefined;
    },
    async remove(id) {
      const result = await askBackground('note/delete', { id });
      if (!result.ok) return `Not deleted: ${result.error}`;
      change((notes) => withoutNote(notes, id));
      return undefined;
    },
  };
  return <CardNotes key={shown.entityId} entityId={shown.entityId} notes={shown.notes} actions={actions} />;
}

/** Tells the card once the frame showing an entity's notes has been painted (a task queued from the next animation frame). */
function reportPainted(card: CardPort, entityId: string): void {
  requestAnimationFrame(() => setTimeout(() => card.send({ type: 'shown', entityId })));
}
