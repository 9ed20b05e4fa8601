import type { Page } from '@playwright/test';
import type {
  BackgroundAnswer,
  BackgroundRequest,
  BackgroundRequestType,
  Result,
} from '../../../lib/messaging/protocol';

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Asks the background from an extension page (the popup, the capture form), the way those
 * pages do: for checking what the store holds without going through a form.
 */
export async function askStore<K extends BackgroundRequestType>(
  extensionPage: Page,
  type: K,
  request: BackgroundRequest<K>,
): Promise<BackgroundAnswer<K>> {
  const answer = (await extensionPage.evaluate(
    ([t, r]) => {
      const { chrome } = globalThis as unknown as { chrome: RuntimeApi };
      return chrome.runtime.sendMessage({ backstory: 1, type: t, request: r });
    },
    [type, request] as const,
  )) as Result<BackgroundAnswer<K>>;
  if (!answer.ok) throw new Error(`${type}: ${answer.error}`);
  return answer.value;
}
