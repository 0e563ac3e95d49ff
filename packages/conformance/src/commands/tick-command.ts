import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import type { EcrCommand } from './command-support.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/**
 * The clock steps commands take: around the 30 s scan, the 20 min restore and the 24 h windows; and for enhanced
 * scanning the 10 s ingest, the 60 s initial scan, the 5 s findings lag, and the 3-, 14- and 30-day boundaries of
 * eligibility and recognition (E4–E12).
 */
export const TICKS_MS: readonly number[] = [
  1 * SECOND,
  5 * SECOND,
  10 * SECOND,
  29 * SECOND,
  30 * SECOND,
  31 * SECOND,
  60 * SECOND,
  20 * 60 * SECOND,
  HOUR,
  12 * HOUR,
  24 * HOUR - SECOND,
  24 * HOUR,
  48 * HOUR,
  3 * 24 * HOUR,
  11 * 24 * HOUR,
  30 * 24 * HOUR,
];

/** Moves every clock (the oracle's, the simulator's, the twin's) forward by the same amount. */
export class TickCommand implements EcrCommand {
  constructor(private readonly ms: number) {}

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    oracle.tick(this.ms);
    system.tick(this.ms);
  }

  toString(): string {
    return `clock.tick(${this.ms}) # ${formatDuration(this.ms)}`;
  }
}

function formatDuration(ms: number): string {
  if (ms % HOUR === 0) return `${ms / HOUR} h`;
  if (ms >= HOUR) return `${(ms / HOUR).toFixed(3)} h`;
  return `${ms / SECOND} s`;
}
