// @ts-check
import { formatDuration } from './format.js';

/** @typedef {import('./types.js').DashboardView} DashboardView */

/**
 * What the clock mode means for the buttons.
 * @param {DashboardView['clock']} clock
 */
export function clockModeText(clock) {
  if (clock.mode === 'fake') return 'Fake clock: stands still until moved.';
  if (clock.mode === 'wall') {
    const offset = clock.offsetMs ?? 0;
    const drift =
      Math.abs(offset) < 1000
        ? 'no offset'
        : `${offset > 0 ? '+' : '−'}${formatDuration(offset)} from real time`;
    return `Wall clock: follows real time (${drift}); the buttons move its offset.`;
  }
  return 'Custom clock (given to startServer).';
}

/**
 * `2026-01-01 00:00:30 UTC`, to the second.
 * @param {DashboardView['clock']} clock
 */
export const clockText = (clock) => `${clock.now.replace('T', ' ').replace(/\.\d{3}Z$/, '')} UTC`;
