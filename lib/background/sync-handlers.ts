import type { BackgroundHandlers, SyncRequestType } from '@/lib/messaging';
import type { SyncService } from '@/lib/sync/service';

type SyncHandlers = Pick<BackgroundHandlers, SyncRequestType>;

/** The sync block of the protocol, answered by the background's sync service. */
export function createSyncHandlers(sync: SyncService): SyncHandlers {
  return {
    'sync/status': () => sync.status(),
    'sync/test': ({ config }) => sync.test(config),
    'sync/configure': ({ config }) => sync.configure(config),
    'sync/now': () => sync.now(),
    'sync/confirm': () => sync.confirm(),
    'sync/discard': () => sync.discard(),
    'sync/forget': () => sync.forget(),
  };
}
