import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { RunCounter } from '../system/system.js';

/** Hands one transport's counts to the global teardown, which prints the summed `conformance:` line. */
export function recordCounts(transport: string, counter: RunCounter): void {
  writeFileSync(join(inject('countsDir'), `${transport}.json`), JSON.stringify(counter));
}
