import type { Clock } from '../glossary.js';
import { parseDuration } from './parse-duration.js';

/** Where a new `FakeClock` starts when given nothing. */
const DEFAULT_START = Date.UTC(2026, 0, 1);

/** Reads a point in time given as a Date, epoch ms or an ISO string. */
function toEpochMs(value: Date | number | string, what: string): number {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value
        : typeof value === 'string'
          ? Date.parse(value)
          : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new TypeError(
      `[ecr-scan-sim] ${what} must be a valid Date, epoch ms or ISO string, got ${String(value)}`,
    );
  }
  return ms;
}

/**
 * A clock that moves only when told to, in the `@sinonjs/fake-timers` vocabulary (decision D18).
 *
 * What it does NOT do: it runs no timers, patches no globals and notifies nobody. The simulator derives scan
 * outcomes, window expiry and restores from `now()` when they are observed, so moving the clock is all it takes.
 *
 * Moving it backwards (`setSystemTime` to an earlier time) is allowed (rule T1): nothing recorded is undone
 * (images, accepted scans, quota starts), but everything derived is recomputed for the earlier time, so it looks
 * younger: a scan finishing after `now` is IN_PROGRESS again and its event is not listed, a restore is ACTIVATING
 * again, a per-image window whose start is after `now` stays closed, and the account window counts every start
 * later than `now - accountWindowMs` (also those after `now`), except starts it already forgot because a later scan
 * was accepted at least one window after them.
 * @example const clock = new FakeClock('2026-01-01T00:00:00Z'); clock.tick('30s');
 * @public
 */
export class FakeClock implements Clock {
  #now: number;

  /**
   * @param start - a Date, epoch ms or ISO string; default 2026-01-01T00:00:00Z
   * @throws TypeError when `start` is not a valid point in time
   */
  constructor(start: Date | number | string = DEFAULT_START) {
    this.#now = toEpochMs(start, 'FakeClock start');
  }

  /** The current time, epoch ms. */
  now(): number {
    return this.#now;
  }

  /**
   * Moves the clock forward.
   * @param duration - ms, or a text such as `"30s"`, `"24h"`, `"01:00:00"` (see `parseDuration`)
   * @returns the new `now()`
   * @throws TypeError for a negative, non-finite or malformed duration (the clock does not move)
   */
  tick(duration: number | string): number {
    this.#now += parseDuration(duration);
    return this.#now;
  }

  /**
   * Sets the current time, forwards or backwards, without running anything.
   * @param time - a Date, epoch ms or ISO string
   * @throws TypeError when `time` is not a valid point in time (the clock does not move)
   */
  setSystemTime(time: Date | number | string): void {
    this.#now = toEpochMs(time, 'setSystemTime');
  }
}
