import type { CheckResult, PackSubscription } from '@/lib/pack-subscriptions';
import { whenText } from '@/components/count-and-time-text';
import { importSentence } from './import-file';

/** A row's last result in a reader's words; a problem always says that nothing changed. */
export function resultText(result: CheckResult): string {
  switch (result.kind) {
    case 'imported':
      return `Imported version ${result.version}: ${importSentence(result.report, 'done')}`;
    case 'updated':
      return `Updated to version ${result.version}: ${importSentence(result.report, 'done')}`;
    case 'unchanged':
      return `No new version (you have version ${result.version}).`;
    case 'problem':
      return `Not updated; nothing in your store changed. ${result.reason.replace(/\.$/, '')}.`;
  }
}

export function lastCheckText({ lastCheckedAt }: PackSubscription): string {
  return `Last checked ${whenText(lastCheckedAt)}`;
}
