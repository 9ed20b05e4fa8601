import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, HybridClock, legacyHlc, packHlc } from '@/lib/merge/hlc';

describe('a hybrid logical clock', () => {
  it('sorts as text in the order of time, then counter, then device', () => {
    const clocks = [
      encodeHlc({ wall: 1_700_000_000_000, counter: 2, device: 'b' }),
      encodeHlc({ wall: 999, counter: 0, device: 'z' }),
      encodeHlc({ wall: 1_700_000_000_000, counter: 2, device: 'a' }),
      encodeHlc({ wall: 1_700_000_000_000, counter: 10, device: 'a' }),
    ];
    expect([...clocks].sort()).toEqual([clocks[1], clocks[2], clocks[0], clocks[3]]);
    expect(decodeHlc(clocks[3]!)).toEqual({ wall: 1_700_000_000_000, counter: 10, device: 'a' });
  });

  it('never runs backwards when the wall clock does', () => {
    let now = 5000;
    const clock = new HybridClock('laptop', () => now);
    const first = clock.tick();
    now = 1000; // the system clock was set back
    const second = clock.tick();
    const third = clock.tick();
    expect(first < second && second < third).toBe(true);
  });

  it('moves past a clock from a device whose wall clock runs far ahead', () => {
    const desktop = new HybridClock('desktop', () => 10_000_000); // hours ahead
    const laptop = new HybridClock('laptop', () => 1000);
    const theirs = desktop.tick();
    laptop.receive(theirs);
    const mine = laptop.tick();
    expect(mine > theirs).toBe(true);
    // And a later edit on the laptop still beats its own earlier one.
    expect(laptop.tick() > mine).toBe(true);
  });

  it('gives pack writes clocks older than any reader write, newer for a newer pack version', () => {
    expect(packHlc(1) < packHlc(2)).toBe(true);
    expect(packHlc(9) < legacyHlc(1)).toBe(true);
    expect(packHlc(9) < new HybridClock('x', () => 1).tick()).toBe(true);
  });

  it('refuses device ids and clocks that are not ours', () => {
    expect(() => new HybridClock('Not A Device!')).toThrow('Not a device id');
    expect(() => decodeHlc('2017-01-01')).toThrow('Not a clock');
  });
});
