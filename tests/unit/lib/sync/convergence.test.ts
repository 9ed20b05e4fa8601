import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOTS_DIR } from '@/lib/sync/layout';
import type { Remote } from '@/lib/sync/remote';
import { createWebDavRemote } from '@/lib/sync/webdav';
import { startApache } from '../../../support/webdav/apache';
import { startMemoryServer, type WebDavTestServer } from '../../../support/webdav/memory-server';
import { makeFolder as freshFolder } from '../../../support/webdav/folder';
import { FAST } from './webdav/contract';
import { mergeSynced, sameSynced, SYNCED_TABLES, type SyncedRecord, type SyncedTable } from '@/lib/merge';
import { MemoryRemote } from '../../../support/sync/memory-remote';
import { Device } from './devices';

/** A small deterministic random source, so that a failing seed can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

/**
 * Every version of every record any device ever wrote, joined: what each store must hold in
 * the end if no write was lost on the way.
 */
class Oracle {
  private readonly tables = new Map<SyncedTable, Map<string, SyncedRecord>>(
    SYNCED_TABLES.map((table) => [table, new Map()]),
  );
  private readonly seen = new Map<string, string | undefined>();

  async record(device: Device): Promise<void> {
    const changes = await device.replica.changesSince(this.seen.get(device.name));
    if (changes.newest) this.seen.set(device.name, changes.newest);
    for (const table of SYNCED_TABLES) {
      const known = this.tables.get(table)!;
      for (const record of changes.records[table] ?? []) {
        const earlier = known.get(record.id);
        known.set(record.id, earlier ? mergeSynced(table, earlier, record) : record);
      }
    }
  }

  /** A bundled pack update writes too (with its version's clock, never sent): join what it left. */
  async recordPackUpdate(device: Device): Promise<void> {
    for (const table of SYNCED_TABLES) {
      if (table === 'packs' || table === 'notes') continue; // packs carry no notes
      const known = this.tables.get(table)!;
      const written = (await device.db.table(table).where('packId').equals('mini').toArray()) as SyncedRecord[];
      for (const { localClock: _local, ...record } of written) {
        const earlier = known.get(record.id);
        known.set(record.id, earlier ? mergeSynced(table, earlier, record) : record);
      }
    }
  }

  async lostWrites(device: Device): Promise<string[]> {
    const lost: string[] = [];
    for (const [table, records] of this.tables) {
      const stored = (await device.db.table(table).bulkGet([...records.keys()])) as (SyncedRecord | undefined)[];
      [...records.values()].forEach((expected, i) => {
        if (!stored[i] || !sameSynced(table, stored[i], expected)) lost.push(`${device.name}: ${table}/${expected.id}`);
      });
    }
    return lost;
  }
}

type State = Awaited<ReturnType<Device['state']>>;

/** The records two stores hold differently, each as both versions: a readable failure. */
function differences(a: State, b: State): string[] {
  const canonical = (record: object | undefined) =>
    record &&
    JSON.stringify(
      Object.entries(record)
        .filter(([, value]) => value !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  const found: string[] = [];
  for (const table of Object.keys(a)) {
    const theirs = new Map((b[table] ?? []).map((record) => [record.id, record]));
    const ids = new Set([...(a[table] ?? []).map((record) => record.id), ...theirs.keys()]);
    const ours = new Map((a[table] ?? []).map((record) => [record.id, record]));
    for (const id of ids) {
      const [left, right] = [canonical(ours.get(id)), canonical(theirs.get(id))];
      if (left !== right) found.push(`${table}/${id}: ${left} ≠ ${right}`);
    }
  }
  return found;
}

/** Where the three browsers sync: the in-memory remote scripts faults; the real servers bring their own behaviour. */
interface Target {
  remote: Remote;
  /** Makes the next call of some operation fail, where the target can. */
  fault?: (rng: ReturnType<typeof random>) => void;
  snapshots(): Promise<number>;
}

async function runRounds(seed: number, target: Target): Promise<{ syncs: number; failures: number }> {
  const rng = random(seed);
  let time = Date.UTC(2017, 0, 4);
  // Wall clocks an hour fast, right, and an hour slow: skew must not decide which edit wins.
  const skews = { laptop: 3_600_000, desktop: 0, tablet: -3_600_000 };
  const devices = await Promise.all(Object.entries(skews).map(([name, skew]) => Device.start(name, () => time + skew)));
  const { remote } = target;
  const oracle = new Oracle();
  const options = { compactAfterChunks: 6 };
  let syncs = 0;
  let failures = 0;

  for (let round = 0; round < 200; round += 1) {
    time += Math.floor(rng.next() * 5000);
    const device = rng.pick(devices);
    const live = await device.liveEntityIds();
    const action = rng.next();
    if (action < 0.3) {
      if (target.fault && rng.next() < 0.15) target.fault(rng);
      try {
        await device.sync(remote, options);
        syncs += 1;
      } catch {
        failures += 1;
      }
    } else if (action < 0.33 && device.packVersion < 3) {
      await device.updatePack();
      await oracle.recordPackUpdate(device);
    } else if (action < 0.45 || live.length === 0) {
      await device.create(`Person ${round}`);
    } else if (action < 0.65) {
      await device.edit(
        rng.pick(live),
        rng.next() < 0.5 ? { summary: `Summary ${round} by ${device.name}` } : { name: `Name ${round}` },
      );
    } else if (action < 0.72) {
      await device.delete(rng.pick(live));
    } else if (action < 0.85) {
      const notes = await device.liveNotes();
      const editing = notes.length > 0 && rng.next() < 0.4 ? rng.pick(notes) : undefined;
      await device.note(editing?.entityId ?? rng.pick(live), `Note ${round} from ${device.name}`, editing?.id);
    } else {
      await device.tag(rng.pick(live), rng.pick(['aleppo', 'palmyra', 'moscow']), rng.next() < 0.3);
    }
    await oracle.record(device);
  }

  // Everyone syncs twice, in turn: the first pass carries every write to the remote, the second
  // brings it back. A fault scripted late may still be waiting for its call: like the schedule, try again.
  const syncSoon = async (device: Device) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await device.sync(remote, options);
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  };
  // Every browser's extension ends on the same version, as it will once updates have rolled out.
  for (const device of devices) {
    while (device.packVersion < 3) await device.updatePack();
    await oracle.recordPackUpdate(device);
  }
  for (let pass = 0; pass < 2; pass += 1) for (const device of devices) await syncSoon(device);
  const [first, ...others] = await Promise.all(devices.map((device) => device.state()));
  for (const other of others) {
    expect(differences(first!, other)).toEqual([]);
    expect(other).toEqual(first);
  }
  for (const device of devices) expect(await oracle.lostWrites(device)).toEqual([]);
  expect(syncs).toBeGreaterThan(30);
  expect(await target.snapshots()).toBeGreaterThan(0);
  return { syncs, failures };
}

describe('three browsers editing offline and syncing in random order', () => {
  // SYNC_SEEDS=40 runs forty seeds instead of three, for a longer hunt.
  const seeds = Array.from({ length: Number(process.env.SYNC_SEEDS ?? 3) }, (_, i) => i + 1);
  it.each(seeds)(
    'converge with no edit lost through a faulty remote (seed %i, 200 rounds, pack updates, compaction)',
    async (seed) => {
      const remote = new MemoryRemote();
      const { failures } = await runRounds(seed, {
        remote,
        fault: (rng) =>
          remote.failNext(
            rng.pick(['get', 'put', 'list', 'remove'] as const),
            rng.pick(['server', 'network', 'conflict'] as const),
          ),
        snapshots: async () => [...remote.files.keys()].filter((path) => path.includes('/snapshots/')).length,
      });
      expect(failures).toBeGreaterThan(0);
    },
  );

  describe.each([
    ['Apache httpd mod_dav', () => startApache()],
    ['webdav-server in process', () => startMemoryServer()],
  ] as const)('through %s', (_label, start) => {
    let server: WebDavTestServer;
    beforeAll(async () => {
      server = await start();
    });
    afterAll(() => server.close());

    it('converge with no edit lost (seed 101, 200 rounds, compaction)', async () => {
      const remote = createWebDavRemote(await freshFolder(server), FAST);
      await runRounds(101, { remote, snapshots: async () => (await remote.list(SNAPSHOTS_DIR)).length });
    });
  });
});
