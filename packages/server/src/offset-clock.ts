import type { ControllableClock } from './glossary.js';
import { toEpochMs } from './internal/time.js';

/**
 * @public The server's default clock: wall time plus an offset. Scans finish after real seconds, and
 * `tick`/`setSystemTime` move the offset (never the process's time). Allowed here because the server is
 * not the simulator: the simulator only ever reads `now()`.
 *
 * @example
 * const clock = new OffsetClock();
 * clock.tick(86_400_000); // now() is now a day ahead of Date.now()
 */
export class OffsetClock implements ControllableClock {
  #offsetMs = 0;

  /** @param startTime - optional start (epoch ms, ISO text or Date); default: the wall time. */
  constructor(startTime?: number | string | Date) {
    if (startTime !== undefined) this.setSystemTime(startTime);
  }

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Milliseconds the clock runs ahead of `Date.now()` (negative: behind). */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** Moves the clock forward by `ms`. Runs nothing: scan states are derived from `now()` when read. */
  tick(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new TypeError(`[ecr-scan-sim] tick needs a finite, non-negative number of ms, got ${ms}`);
    }
    this.#offsetMs += ms;
    return this.now();
  }

  /** Jumps to `time`; later readings keep following the wall clock from there. May move backwards. */
  setSystemTime(time: number | string | Date): void {
    this.#offsetMs = toEpochMs(time) - Date.now();
  }
}
