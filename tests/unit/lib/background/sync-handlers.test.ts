import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSyncHandlers } from '@/lib/background/sync-handlers';
import { SyncService } from '@/lib/sync/service/service';
import { dispatch, wrap } from '@/lib/messaging/envelope';
import { backgroundMessages } from '@/lib/messaging/protocol';
import { FakeSyncEngine, hostAccess } from '../sync/service/fake-sync-engine';

const CONFIG = {
  url: 'https://cloud.example.org/dav/',
  user: 'ana',
  password: 'app-password-1',
  passphrase: 'correct horse battery',
  intervalMinutes: 15,
  deleteShareToConfirm: 0.25,
};

describe('the sync messages', () => {
  let handlers: ReturnType<typeof createSyncHandlers>;
  // The sync handlers never look at the sender, so the dispatcher may call them without one.
  const ask = (type: string, request: unknown) =>
    dispatch(backgroundMessages, handlers as unknown as Parameters<typeof dispatch>[1], wrap(type, request));

  beforeEach(() => {
    fakeBrowser.reset();
    hostAccess(new Set(['https://cloud.example.org/*']));
    handlers = createSyncHandlers(
      new SyncService({ engine: () => new FakeSyncEngine(), storeChanged: () => undefined }),
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it('refuse settings that fail the schema with the field’s own sentence, and save nothing', async () => {
    const answer = await ask('sync/configure', {
      config: { ...CONFIG, url: 'https://ana:pw@cloud.example.org/dav/', intervalMinutes: 2 },
    });
    expect(answer).toEqual({
      ok: false,
      error:
        'Bad "sync/configure" request: config.url: Address: must not contain a user or password; enter them in their own fields.; ' +
        'config.intervalMinutes: Sync every: 0 (only when you ask) or 5 to 1440 minutes.',
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('never carry the password or passphrase in any answer', async () => {
    const answers = [
      await ask('sync/configure', { config: CONFIG }),
      await ask('sync/test', { config: { ...CONFIG, password: '' } }),
      await ask('sync/now', {}),
      await ask('sync/status', {}),
      await ask('sync/discard', {}),
      await ask('sync/forget', {}),
    ];
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(JSON.stringify(answers)).not.toMatch(/app-password-1|correct horse/);
  });

  it('refuse a request with fields the protocol does not know', async () => {
    expect(await ask('sync/now', { force: true })).toMatchObject({ ok: false });
  });
});
