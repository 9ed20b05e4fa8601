import { useEffect, useRef, useState } from 'preact/hooks';
import type { CandidatesView, LookupAdded, LookupPreview } from '@/lib/lookup';
import { askBackground } from '@/lib/messaging';

/** Where the look-up stands; each step answers with the next, or with a sentence saying why not. */
export type LookupStep =
  | { step: 'searching' }
  | {
      step: 'choosing';
      found: CandidatesView;
      picked?: string;
      preview?: LookupPreview;
      previewing: boolean;
      problem?: string;
    }
  | { step: 'adding'; found: CandidatesView; preview: LookupPreview }
  | { step: 'added'; added: LookupAdded }
  | { step: 'failed'; problem: string };

export interface LookupFlow {
  state: LookupStep;
  pick: (qid: string) => void;
  add: () => void;
  retry: () => void;
}

export interface LookupTarget {
  name: string;
  tabId?: number;
  language?: string;
  /** Candidates to leave out: "Not this?" offers the others. */
  excluding?: string;
}

/**
 * Search, pick, preview, add. Leaving (unmounting) tells the background to abort what is in
 * flight; picking another candidate replaces the preview being fetched, which the background's
 * one-in-flight rule aborts.
 */
export function useLookupFlow(target: LookupTarget, onAdded?: (added: LookupAdded) => void): LookupFlow {
  const [state, setState] = useState<LookupStep>({ step: 'searching' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const context = {
    ...(target.tabId !== undefined ? { tabId: target.tabId } : {}),
    ...(target.language ? { language: target.language } : {}),
  };

  const preview = (found: CandidatesView, qid: string) => {
    const ticket = ++latest.current;
    setState({ step: 'choosing', found, picked: qid, previewing: true });
    void askBackground('lookup/preview', { qid, ...context }).then((answer) => {
      if (ticket !== latest.current) return;
      setState(
        answer.ok
          ? { step: 'choosing', found, picked: qid, preview: answer.value, previewing: false }
          : { step: 'choosing', found, picked: qid, previewing: false, problem: answer.error },
      );
    });
  };

  useEffect(() => {
    let live = true;
    setState({ step: 'searching' });
    void askBackground('lookup/search', { name: target.name, ...context }).then((answer) => {
      if (!live) return;
      if (!answer.ok) return setState({ step: 'failed', problem: answer.error });
      const found = { ...answer.value, candidates: answer.value.candidates.filter((c) => c.qid !== target.excluding) };
      if (found.candidates.length === 0)
        return setState({ step: 'failed', problem: `Wikidata has no other item named “${target.name}”.` });
      const preselected = found.preselected !== target.excluding ? found.preselected : undefined;
      if (preselected) preview(found, preselected);
      else setState({ step: 'choosing', found, previewing: false });
    });
    return () => {
      live = false;
      latest.current += 1;
      void askBackground('lookup/cancel', {});
    };
    // A new name, another exclusion or Try again is a new look-up; the context goes with the name.
  }, [target.name, target.excluding, attempt]);

  const add = () => {
    if (state.step !== 'choosing' || !state.preview) return;
    const { found, preview: shown } = state;
    setState({ step: 'adding', found, preview: shown });
    void askBackground('lookup/add', { qid: shown.qid, ...context }).then((answer) => {
      if (!answer.ok)
        return setState({
          step: 'choosing',
          found,
          picked: shown.qid,
          preview: shown,
          previewing: false,
          problem: answer.error,
        });
      setState({ step: 'added', added: answer.value });
      onAdded?.(answer.value);
    });
  };
  const pick = (qid: string) => {
    if (state.step === 'choosing') preview(state.found, qid);
  };
  return { state, pick, add, retry: () => setAttempt((n) => n + 1) };
}
