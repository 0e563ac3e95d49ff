import type { Clock } from '../glossary.js';

/**
 * The wall clock, read through `Date.now()` at every call, so `vi.useFakeTimers()` / `@sinonjs/fake-timers`
 * control it too (decision D18).
 * @public
 */
export const systemClock: Clock = {
  now: () => Date.now(),
};
