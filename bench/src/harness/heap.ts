/** Heap helpers. `pnpm bench` runs node with `--expose-gc`; without it the numbers include garbage. */

const collect = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;

/** Whether a full collection can be forced (node `--expose-gc`). */
export const canCollect = collect !== undefined;

/** Forces a full garbage collection when possible (twice: the first pass may leave weak references behind). */
export function fullGc(): void {
  collect?.();
  collect?.();
}

/**
 * Collects the young generation only: clears the garbage the previous slice left behind, in about a millisecond
 * whatever the size of the old generation (a full GC of a heap holding 10^6 history entries takes a second).
 */
export function youngGc(): void {
  collect?.({ type: 'minor' });
}

/**
 * `process.memoryUsage().heapUsed` after a full collection, in bytes. Waits for a macrotask first: objects of
 * an async function that just returned can stay reachable from the microtask queue until it drains.
 */
export async function settledHeap(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  fullGc();
  return process.memoryUsage().heapUsed;
}

/** Tracks the highest `heapUsed` seen by `sample()`, in bytes. */
export class PeakHeap {
  #peak: number;

  constructor() {
    this.#peak = process.memoryUsage().heapUsed;
  }

  sample(): void {
    const used = process.memoryUsage().heapUsed;
    if (used > this.#peak) this.#peak = used;
  }

  get peak(): number {
    this.sample();
    return this.#peak;
  }
}
