import { parseDuration } from '@ecr-scan-sim/simulator';
import { describe, InputError } from './untrusted.js';

/** @internal A duration from untrusted input (`30s`, `24h`, `1500` or a number of ms), or an `InputError` at `path`. */
export function durationAt(value: unknown, path: string): number {
  if (typeof value === 'number' || typeof value === 'string') {
    try {
      const ms = parseDuration(value);
      if (Number.isFinite(ms) && ms >= 0) return ms;
    } catch {
      // reported below with the path
    }
  }
  throw new InputError(path, `must be a duration such as 30s, 24h or a number of ms, got ${describe(value)}`);
}
