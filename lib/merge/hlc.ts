/**
 * Hybrid logical clocks: a wall-clock time that never runs backwards on a device and moves
 * past every clock the device has seen, plus a counter for writes within one millisecond and
 * the device id to break ties. Encoded so that text order is clock order, which lets Dexie
 * index them and the merge compare them with `<`.
 */
export type Hlc = string;

const WALL_DIGITS = 9; // base 36: enough milliseconds for the next 3,000 years
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
const DEVICE = /^[a-z0-9]{1,32}$/;
const HLC_PATTERN = /^[0-9a-z]{9}-[0-9a-z]{4}-[a-z0-9]{1,32}$/;

export interface HlcParts {
  wall: number;
  counter: number;
  device: string;
}

export function encodeHlc({ wall, counter, device }: HlcParts): Hlc {
  return `${wall.toString(36).padStart(WALL_DIGITS, '0')}-${counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${device}`;
}

export function decodeHlc(clock: Hlc): HlcParts {
  if (!isHlc(clock)) throw new Error(`Not a clock: ${String(clock).slice(0, 60)}`);
  const [wall, counter, device] = clock.split('-') as [string, string, string];
  return { wall: parseInt(wall, 36), counter: parseInt(counter, 36), device };
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE.test(value);
}

/** The larger of two clocks (absent counts as smallest). */
export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/**
 * The clock of everything a pack version writes: older than any reader write (wall 0), newer
 * for a newer version, and the same on every device, so pristine pack records merge to the
 * same thing everywhere and never need to travel.
 */
export function packHlc(version: number): Hlc {
  return encodeHlc({ wall: 0, counter: Math.min(Math.max(0, Math.floor(version)), MAX_COUNTER), device: 'pack' });
}

/** Whether `clock` is a bundled pack's (packHlc): a value no reader wrote. */
export function isPackClock(clock: Hlc): boolean {
  return clock.endsWith('-pack');
}

/** A clock for a record written before clocks existed: its updatedAt, from no device in particular. */
export function legacyHlc(updatedAt: number): Hlc {
  return encodeHlc({ wall: Math.max(0, Math.floor(updatedAt)), counter: 0, device: 'legacy' });
}

export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes]
    .map((byte) => byte.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

/** One device's clock. `now` is injectable so tests can give devices skewed wall clocks. */
export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
  ) {
    if (!isDeviceId(device)) throw new Error(`Not a device id: ${device}`);
  }

  /** A fresh clock for a write made here, larger than every clock issued or seen before. */
  tick(): Hlc {
    const physical = Math.floor(this.now());
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.bumpCounter();
    }
    return encodeHlc({ wall: this.wall, counter: this.counter, device: this.device });
  }

  /** Moves past a clock seen elsewhere (a synced record), so our next write sorts after it. */
  receive(clock: Hlc): void {
    const seen = decodeHlc(clock);
    if (seen.wall > this.wall || (seen.wall === this.wall && seen.counter > this.counter)) {
      this.wall = seen.wall;
      this.counter = seen.counter;
    }
  }

  private bumpCounter(): void {
    if (this.counter < MAX_COUNTER) {
      this.counter += 1;
      return;
    }
    // 1.6 million writes in one millisecond: borrow the next millisecond rather than repeat.
    this.wall += 1;
    this.counter = 0;
  }
}
