import type { Page } from 'playwright-core';

interface Envelope {
  backstory: 1;
  type: string;
  request: unknown;
}

/** Runs in an extension page (the editor): one request to the background, as the editor sends it. */
export async function ask(page: Page, type: string, request: unknown): Promise<unknown> {
  const envelope: Envelope = { backstory: 1, type, request };
  const answer = (await page.evaluate(async (message) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage(message);
  }, envelope)) as { ok: boolean; value?: unknown; error?: string };
  if (!answer.ok) throw new Error(`${type}: ${answer.error ?? 'no answer'}`);
  return answer.value;
}
