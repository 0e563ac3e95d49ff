import type { QuotaOptions } from '../glossary.js';
import { DAY_MS, utcDayStart } from './time.js';

/**
 * Rule Q4 (and Q7): accepted scan starts of one registry, oldest first, in a deque (array + head index).
 *
 * `count` changes no state (a rejected call changes nothing, rule X1): it walks a read cursor forward while the
 * clock moves forward (amortised O(1)) and binary-searches otherwise. `record` drops the starts that have left the
 * window and appends (amortised O(1)). Starts stay sorted: after the clock has moved backwards (rule T1) a start
 * is inserted in order, the only non-O(1) path.
 * @internal
 */
export class AccountWindow {
  #times: number[];
  #head = 0;
  /** A read cache, not state: where counting starts for the last time looked at (`NaN`: none). */
  #cursorNow = Number.NaN;
  #cursorIndex = 0;

  constructor(times: readonly number[] = []) {
    this.#times = [...times].sort((a, b) => a - b);
  }

  /** Accepted starts that count at `now`: later than `now - accountWindowMs`, or in `now`'s UTC day or later. */
  count(now: number, quotas: QuotaOptions): number {
    return this.#times.length - this.#firstCounting(now, quotas);
  }

  /** Whether one more scan may start at `now`. */
  hasRoom(now: number, quotas: QuotaOptions): boolean {
    return this.count(now, quotas) < quotas.accountScanLimit;
  }

  /** Records an accepted start at `now`, forgetting the starts that no longer count. */
  record(now: number, quotas: QuotaOptions): void {
    this.#head = this.#firstCounting(now, quotas);
    if (this.#head > 1024 && this.#head * 2 > this.#times.length) {
      this.#times = this.#times.slice(this.#head);
      this.#head = 0;
      this.#cursorNow = Number.NaN;
    }
    const last = this.#times[this.#times.length - 1];
    if (last === undefined || last <= now) {
      this.#times.push(now);
      return;
    }
    this.#times.splice(
      this.#search(this.#head, (t) => t > now),
      0,
      now,
    );
    this.#cursorNow = Number.NaN;
  }

  /**
   * When one more scan may start (the inverse of {@link hasRoom}): `now` when there is room; otherwise the
   * moment enough counting starts have left the window for the count to drop below the limit. `undefined` when
   * the limit is 0 (no scan ever fits). Changes no state.
   */
  nextFreeAt(now: number, quotas: QuotaOptions): number | undefined {
    const first = this.#firstCounting(now, quotas);
    const over = this.#times.length - first - quotas.accountScanLimit;
    if (over < 0) return now;
    if (quotas.accountScanLimit <= 0) return undefined;
    return leavesAt(this.#times[first + over]!, quotas);
  }

  /**
   * Accepted starts that count at `now`, per equal slice of `[from, to)` ({@link windowAt}), oldest slice first;
   * a start at or after `to` (the clock moved back, rule T1) counts in the last slice. O(slices × log n).
   */
  histogram(now: number, quotas: QuotaOptions, slices: number): number[] {
    const first = this.#firstCounting(now, quotas);
    const { from, to } = windowAt(now, quotas);
    const width = (to - from) / slices;
    const out: number[] = [];
    let start = first;
    for (let i = 1; i <= slices; i++) {
      const end = i === slices ? this.#times.length : this.#search(start, (t) => t >= from + i * width);
      out.push(end - start);
      start = end;
    }
    return out;
  }

  /** The starts still remembered, oldest first (for snapshots). */
  toJSON(): number[] {
    return this.#times.slice(this.#head);
  }

  #firstCounting(now: number, quotas: QuotaOptions): number {
    // A start at `t` counts when `t > cutoff` (rolling) or `t >= cutoff` (UTC day): monotone over sorted times.
    const utcDay = quotas.window === 'utc-day';
    const cutoff = utcDay ? utcDayStart(now) : now - quotas.accountWindowMs;
    const times = this.#times;
    let index: number;
    if (now >= this.#cursorNow) {
      // The clock moved forward since the last look: walk on from there (false for NaN: no look yet).
      index = Math.max(this.#cursorIndex, this.#head);
      while (index < times.length && !counts(times[index]!, cutoff, utcDay)) index++;
    } else {
      index = this.#search(this.#head, (t) => counts(t, cutoff, utcDay));
    }
    this.#cursorNow = now;
    this.#cursorIndex = index;
    return index;
  }

  /** First index >= from whose time satisfies a predicate that is monotone over the sorted times. */
  #search(from: number, counts: (t: number) => boolean): number {
    let lo = from;
    let hi = this.#times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (counts(this.#times[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * The account window at `now`: rolling `(now − accountWindowMs, now]` (shown as `[from, to)` with `to = now`), or
 * utc-day `[start of now's UTC day, start of the next)`.
 * @internal
 */
export function windowAt(now: number, quotas: QuotaOptions): { from: number; to: number } {
  if (quotas.window === 'utc-day') {
    const from = utcDayStart(now);
    return { from, to: from + DAY_MS };
  }
  return { from: now - quotas.accountWindowMs, to: now };
}

/** When a start at `t` stops counting: the inverse of {@link counts} (no later time makes it count again). */
function leavesAt(t: number, quotas: QuotaOptions): number {
  return quotas.window === 'utc-day' ? utcDayStart(t) + DAY_MS : t + quotas.accountWindowMs;
}

/** Whether a start at `t` still counts: later than the rolling cutoff, or in the cutoff's UTC day or later. */
function counts(t: number, cutoff: number, utcDay: boolean): boolean {
  return utcDay ? t >= cutoff : t > cutoff;
}
