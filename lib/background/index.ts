import { browser } from 'wxt/browser';
import { serveBackgroundRequests } from '@/lib/messaging';
import { BackstoryDatabase } from '@/lib/store';
import { createWebDavSyncEngine, onSyncAlarm, type SyncEngine, SyncService } from '@/lib/sync/service';
import { loadBundledPacks } from './bundled-packs';
import { registerCapture } from './capture';
import { createHandlers } from './handlers';
import { indexedImportJobs } from './knowledge-writes';
import { MentionIndex } from './mention-index';
import { followPackSubscriptions } from './pack-subscriptions';
import { tellActiveTab, tellAllTabs } from './tabs';
import { watchToolbarState } from './toolbar';
import { markWake } from './wake-marks';

const STALE_INDEX_AFTER_MS = 30;
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export function startBackground(): void {
  markWake('script-started');
  const db = new BackstoryDatabase();
  const storeChanged = () => void tellAllTabs('store/changed', {});
  // A page waits at most this long for a rebuild before the previous index marks it; the
  // new one re-marks every tab when it is in.
  const index = new MentionIndex(db, { staleAfterMs: STALE_INDEX_AFTER_MS, onFresh: storeChanged });
  const reindexAndTellTabs = () => {
    index.invalidate();
    storeChanged();
  };
  const sync = new SyncService({ engine: lazily(() => createWebDavSyncEngine(db)), storeChanged: reindexAndTellTabs });

  // Listeners are registered synchronously so that a message or alarm that wakes the worker
  // is not lost; bundled packs load only when new or newer, so checking on every start is cheap.
  // The index hears of an import's writes from its jobs (it previews them), so after a
  // subscription's import only the tabs are told.
  const jobs = indexedImportJobs(db, index);
  const subscriptions = followPackSubscriptions(db, jobs, storeChanged);
  serveBackgroundRequests(createHandlers(db, index, storeChanged, sync, { jobs, subscriptions }));
  onSyncAlarm(() => void sync.scheduled());
  void sync.resumeSchedule();
  browser.commands.onCommand.addListener((command) => {
    const direction = STEP_COMMANDS[command];
    if (direction) void tellActiveTab('page/step', { direction });
  });
  registerCapture();
  watchToolbarState();
  // A tab that woke the worker is waiting for hits: start loading the cached index now.
  index.warm();
  // While a bundled pack is written (the world pack takes seconds at install), pages are marked from its plan.
  void loadBundledPacks(db, reindexAndTellTabs, {
    planned: (writes) => void index.preview(writes).catch(() => undefined),
  });
}

/** The engine is made at its first use, and again after a failed attempt to make it. */
function lazily(make: () => SyncEngine): () => SyncEngine {
  let engine: SyncEngine | undefined;
  return () => (engine ??= make());
}
