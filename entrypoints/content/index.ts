import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPage } from '@/lib/page';
import '@/lib/page/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    startPage(ctx.signal);
  },
});
