import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from './fake-clock.js';
import { systemClock } from './system-clock.js';

describe('FakeClock', () => {
  it('starts at 2026-01-01T00:00:00Z by default', () => {
    expect(new FakeClock().now()).toBe(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('starts at a Date, epoch ms or ISO string', () => {
    const at = Date.parse('2027-05-06T07:08:09Z');
    expect(new FakeClock(new Date(at)).now()).toBe(at);
    expect(new FakeClock(at).now()).toBe(at);
    expect(new FakeClock('2027-05-06T07:08:09Z').now()).toBe(at);
  });

  it('refuses an invalid start', () => {
    expect(() => new FakeClock('not a date')).toThrow(TypeError);
    expect(() => new FakeClock(Number.NaN)).toThrow(TypeError);
  });

  it('tick moves forward and returns the new now', () => {
    const clock = new FakeClock(0);
    expect(clock.tick(1000)).toBe(1000);
    expect(clock.tick('30s')).toBe(31_000);
    expect(clock.tick('01:00')).toBe(91_000);
    expect(clock.tick('1:00:00')).toBe(3_691_000);
    expect(clock.now()).toBe(3_691_000);
  });

  it('tick refuses negative, non-finite and malformed durations without moving', () => {
    const clock = new FakeClock(0);
    expect(() => clock.tick(-1)).toThrow(TypeError);
    expect(() => clock.tick(Number.POSITIVE_INFINITY)).toThrow(TypeError);
    expect(() => clock.tick('soon')).toThrow(TypeError);
    expect(clock.now()).toBe(0);
  });

  it('T1: setSystemTime jumps forwards or backwards', () => {
    const clock = new FakeClock(1_000_000);
    clock.setSystemTime(5);
    expect(clock.now()).toBe(5);
    clock.setSystemTime(new Date(2_000_000));
    expect(clock.now()).toBe(2_000_000);
    expect(() => clock.setSystemTime('nope')).toThrow(TypeError);
    expect(clock.now()).toBe(2_000_000);
  });
});

describe('systemClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('T1: follows Date.now(), so vi.useFakeTimers controls it', () => {
    vi.useFakeTimers({ now: Date.parse('2030-01-01T00:00:00Z') });
    expect(systemClock.now()).toBe(Date.parse('2030-01-01T00:00:00Z'));
    vi.advanceTimersByTime(1234);
    expect(systemClock.now()).toBe(Date.parse('2030-01-01T00:00:00Z') + 1234);
  });
});
