import { afterEach, describe, expect, it, vi } from 'vitest';
import { OffsetClock } from './offset-clock.js';

describe('OffsetClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('T1: follows the wall clock, and tick moves only its offset', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 4, 1), toFake: ['Date'] });
    const clock = new OffsetClock();
    expect(clock.now()).toBe(Date.UTC(2026, 4, 1));
    clock.tick(60_000);
    expect(clock.now()).toBe(Date.UTC(2026, 4, 1) + 60_000);
    vi.advanceTimersByTime(1_000);
    expect(clock.now()).toBe(Date.UTC(2026, 4, 1) + 61_000);
    expect(clock.offsetMs).toBe(60_000);
  });

  it('starts at startTime and setSystemTime jumps in both directions', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 4, 1), toFake: ['Date'] });
    const clock = new OffsetClock('2020-01-01T00:00:00Z');
    expect(new Date(clock.now()).toISOString()).toBe('2020-01-01T00:00:00.000Z');
    clock.setSystemTime(Date.UTC(2030, 0, 1));
    expect(clock.now()).toBe(Date.UTC(2030, 0, 1));
    clock.setSystemTime(new Date(Date.UTC(2019, 0, 1)));
    expect(clock.now()).toBe(Date.UTC(2019, 0, 1));
  });

  it('rejects negative or non-finite ticks with a TypeError and does not move', () => {
    const clock = new OffsetClock();
    expect(() => clock.tick(-1)).toThrow(TypeError);
    expect(() => clock.tick(Number.NaN)).toThrow(TypeError);
    expect(clock.offsetMs).toBe(0);
    expect(() => clock.setSystemTime('not a time')).toThrow(TypeError);
  });
});
