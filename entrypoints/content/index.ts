import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from '@/lib/page';
import '@/lib/page/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page's own window (a postMessage carrying the
  // extension id), which the page's message listeners receive and may choke on.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPage(ctx.signal);
  },
});
