import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WIKIMEDIA_HOST_PATTERNS, type LookupStatus } from '@/lib/lookup';
import { callBackground } from '@/lib/messaging';

export interface LookupSwitchState {
  status?: LookupStatus;
  /** What the last change did, in words ("Waiting for your permission…"). */
  message?: string;
  busy: boolean;
  turnOn: () => void;
  turnOff: () => void;
}

/**
 * Look-ups on or off. Turning on asks the browser for Wikimedia's hosts in the click's own task
 * (Chrome wants a user gesture; Firefox prompts only while it handles the reader's input), and
 * only then tells the background, which checks the grant itself.
 */
export function useLookupSwitch(): LookupSwitchState {
  const [status, setStatus] = useState<LookupStatus>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void callBackground('lookup/status', {}).then(setStatus, (error: Error) => setMessage(error.message));
  }, []);
  const turnOn = () => {
    const asked = browser.permissions.request({ origins: WIKIMEDIA_HOST_PATTERNS });
    setBusy(true);
    setMessage('Waiting for your permission to reach Wikidata and Wikipedia…');
    void asked
      .then(async (granted) => {
        if (!granted) {
          setMessage('The browser did not allow it, so look-ups stay off.');
          return;
        }
        setStatus(await callBackground('lookup/enable', { enabled: true }));
        setMessage('Look-ups are on. Only the names you look up are sent.');
      })
      .catch((error: Error) => setMessage(error.message))
      .finally(() => setBusy(false));
  };
  const turnOff = () => {
    setBusy(true);
    void callBackground('lookup/enable', { enabled: false })
      .then((next) => {
        setStatus(next);
        setMessage('Look-ups are off. Nothing is sent to Wikidata or Wikipedia.');
        // Chrome keeps a host the content script also matches; the setting alone stops every look-up.
        return browser.permissions.remove({ origins: WIKIMEDIA_HOST_PATTERNS }).catch(() => false);
      })
      .catch((error: Error) => setMessage(error.message))
      .finally(() => setBusy(false));
  };
  return { status, message, busy, turnOn, turnOff };
}
