import { useEffect } from 'preact/hooks';

/**
 * While `unsaved`, closing or reloading the page makes the browser ask first. Browsers show their
 * own words, not ours, and only after the reader has used the page, which typing an edit is.
 */
export function useWarnBeforeUnload(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome before 119 and Firefox's older paths still read returnValue.
      event.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
