import { browser } from 'wxt/browser';
import { askPage, type PageRequest, type PageRequestType } from '@/lib/messaging';

/** Tabs without our content script (browser pages, the store) simply do not answer. */
export async function tellAllTabs<K extends PageRequestType>(type: K, request: PageRequest<K>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : askPage(tab.id, type, request))));
}

export async function tellActiveTab<K extends PageRequestType>(type: K, request: PageRequest<K>): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await askPage(tab.id, type, request);
}
