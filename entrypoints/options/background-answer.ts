import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/components/editor/error-text';
import {
  askBackground,
  type BackgroundAnswer,
  type BackgroundRequest,
  type BackgroundRequestType,
} from '@/lib/messaging';

export interface Answer<T> {
  value?: T;
  error?: string;
}

/**
 * Asks the background once, and again whenever `storeVersion` moves: for what only the
 * background computes (pack sizes, snapshot infos, storage used), kept as fresh as the
 * store the page reads itself.
 */
export function useBackgroundAnswer<K extends BackgroundRequestType>(
  type: K,
  request: BackgroundRequest<K>,
  storeVersion: number,
): Answer<BackgroundAnswer<K>> {
  const [answer, setAnswer] = useState<Answer<BackgroundAnswer<K>>>({});
  const key = JSON.stringify(request);
  useEffect(() => {
    let live = true;
    void askBackground(type, request).then((result) => {
      if (!live) return;
      setAnswer(result.ok ? { value: result.value } : { error: errorText(result.error) });
    });
    return () => {
      live = false;
    };
    // `key` stands for `request`, which is a new object at every render.
  }, [type, key, storeVersion]);
  return answer;
}
