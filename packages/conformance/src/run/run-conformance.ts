import { createSimulator, FakeClock, type SimulatorOptions } from '@ecr-scan-sim/simulator';
import fc from 'fast-check';
import { commandSequences } from '../commands/index.js';
import { Oracle } from '../model/oracle.js';
import { type RunCounter, SystemUnderTest, type Twin } from '../system/system.js';
import { oracleOptions, type RunSettings, START_TIME, simulatorOptions, type Variant } from './settings.js';

/** One way of reaching a twin simulator: an adapter over a transport. */
export interface Transport {
  readonly name: string;
  /** A fresh twin for one command sequence, with these simulator options and a clock starting at `startTime`. */
  openTwin(options: SimulatorOptions, startTime: number): Promise<Twin>;
}

/**
 * Runs `runs` random command sequences: after every command the oracle must predict the simulator's status
 * and exception names, and (with a transport) the twin behind it must answer exactly like the simulator.
 * A failure rejects with fast-check's report: the seed, the path and the shrunk sequence to replay.
 */
export async function runConformance(
  transport: Transport | undefined,
  runs: number,
  settings: RunSettings,
): Promise<RunCounter> {
  const counter: RunCounter = { sequences: 0, commands: 0 };
  const variants: fc.Arbitrary<Variant> = fc.record({
    accountScanLimit: fc.constantFrom(3 as const, 5 as const),
    accountQuotaExceeded: fc.constantFrom('status' as const, 'exception' as const),
    engine: fc.constantFrom('AWS_NATIVE' as const, 'CLAIR' as const),
    ingestDelayMs: fc.constantFrom(0 as const, 10_000 as const),
    findingsLagMs: fc.constantFrom(0 as const, 5_000 as const),
    rescanDuration: fc.constantFrom('DAYS_3' as const, 'DAYS_14' as const),
    feed: fc.boolean(),
  });
  const sequences = commandSequences(settings.maxCommands, settings.replayPath);
  const property = fc.asyncProperty(variants, sequences, async (variant, commands) => {
    counter.sequences += 1;
    const clock = new FakeClock(START_TIME);
    const reference = createSimulator({ ...simulatorOptions(variant), clock });
    const twin = transport ? await transport.openTwin(simulatorOptions(variant), START_TIME) : undefined;
    const system = new SystemUnderTest(reference, (ms) => clock.tick(ms), twin, counter);
    try {
      await fc.asyncModelRun(() => ({ model: new Oracle(oracleOptions(variant)), real: system }), commands);
    } finally {
      await system.close();
    }
  });
  await fc.assert(property, {
    numRuns: runs,
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    ...(settings.path === undefined ? {} : { path: settings.path }),
  });
  return counter;
}
