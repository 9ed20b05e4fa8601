import { useEffect, useRef, useState } from 'preact/hooks';
import type { CandidateView } from '@/lib/lookup';
import { askBackground } from '@/lib/messaging';

/** One name of "Look up all": what Wikidata offered for it, and whether the reader ticked it. */
export interface NameRow {
  name: string;
  candidate?: CandidateView;
  /** Why there is no candidate ("Wikidata has nothing named…"). */
  problem?: string;
  ticked: boolean;
  added?: boolean;
}

export interface LookupAllState {
  rows: NameRow[];
  /** Names still being looked up. */
  pending: number;
  adding?: { done: number; total: number };
  /** Set when a look-up stopped the whole run (a 429, offline): the rest is not asked. */
  stopped?: string;
  finished?: string;
  toggle: (name: string) => void;
  addTicked: () => void;
}

/** Problems that say the next request would fail too: the run stops rather than ask again. */
const STOPS_THE_RUN = /slow down|offline|Look-ups are off|may not reach/;

/**
 * Looks every name up, one at a time (the background runs one request at a time anyway), then adds
 * the ticked ones. Only a single clear match starts ticked: nothing is added the reader did not see.
 */
export function useLookupAll(names: readonly string[], tabId: number | undefined, onAdded: () => void): LookupAllState {
  const [rows, setRows] = useState<NameRow[]>(names.map((name) => ({ name, ticked: false })));
  const [pending, setPending] = useState(names.length);
  const [adding, setAdding] = useState<LookupAllState['adding']>();
  const [stopped, setStopped] = useState<string>();
  const [finished, setFinished] = useState<string>();
  const live = useRef(true);
  const context = tabId !== undefined ? { tabId } : {};
  const update = (name: string, change: Partial<NameRow>) =>
    setRows((all) => all.map((row) => (row.name === name ? { ...row, ...change } : row)));

  useEffect(() => {
    live.current = true;
    void (async () => {
      for (const name of names) {
        if (!live.current) return;
        const answer = await askBackground('lookup/search', { name, ...context });
        if (!live.current) return;
        setPending((n) => n - 1);
        if (!answer.ok) {
          update(name, { problem: answer.error });
          if (STOPS_THE_RUN.test(answer.error)) {
            setStopped(answer.error);
            setPending(0);
            return;
          }
          continue;
        }
        const { candidates, preselected } = answer.value;
        const candidate = candidates.find((c) => c.qid === preselected) ?? candidates[0];
        update(name, { candidate, ticked: preselected !== undefined && !candidate?.inStore });
      }
    })();
    return () => {
      live.current = false;
      void askBackground('lookup/cancel', {});
    };
    // The list is the one the reader asked about when they pressed the button.
  }, []);

  const addTicked = () => {
    const ticked = rows.filter((row) => row.ticked && row.candidate && !row.added);
    void (async () => {
      let added = 0;
      for (const [index, row] of ticked.entries()) {
        if (!live.current) return;
        setAdding({ done: index, total: ticked.length });
        const answer = await askBackground('lookup/add', { qid: row.candidate!.qid, ...context });
        if (!answer.ok) {
          update(row.name, { problem: answer.error });
          if (STOPS_THE_RUN.test(answer.error)) return setStopped(answer.error);
          continue;
        }
        added += 1;
        update(row.name, { added: true, ticked: false });
        onAdded();
      }
      setAdding(undefined);
      setFinished(`Added ${added} of ${ticked.length}. They are now marked on open pages.`);
    })();
  };
  const toggle = (name: string) =>
    setRows((all) => all.map((row) => (row.name === name ? { ...row, ticked: !row.ticked } : row)));
  return { rows, pending, adding, stopped, finished, toggle, addTicked };
}
