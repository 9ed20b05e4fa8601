import type { BackgroundHandlers, SubscriptionRequestType } from '@/lib/messaging';
import type { PackSubscriptions } from '@/lib/pack-subscriptions';

type SubscriptionHandlers = Pick<BackgroundHandlers, SubscriptionRequestType>;

/** The editor's "Follow a pack by its address". */
export function createSubscriptionHandlers(subscriptions: PackSubscriptions): SubscriptionHandlers {
  return {
    'subscriptions/list': () => subscriptions.list(),
    'subscriptions/preview': ({ address }) => subscriptions.preview(address),
    'subscriptions/subscribe': ({ jobId }) => subscriptions.subscribe(jobId),
    'subscriptions/check': ({ address }) => subscriptions.check(address),
    'subscriptions/remove': async ({ address }) => subscriptions.remove(address).then(() => null),
  };
}
