import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { type EcrCommand, expectPrediction } from './command-support.js';

const DAY_MS = 86_400_000;

/** The push-date re-scan durations of §1.4 the command draws from, in days (LIFETIME never expires). */
export const RESCAN_DURATIONS = {
  DAYS_3: 3,
  DAYS_7: 7,
  DAYS_14: 14,
  DAYS_30: 30,
  LIFETIME: Number.POSITIVE_INFINITY,
} as const;

/**
 * Inspector2 UpdateConfiguration of `ecrConfiguration.rescanDuration` (D24, rules S14, S35): from the next call on,
 * ECR's eligibility (ACTIVE → SCAN_ELIGIBILITY_EXPIRED, counted from the last push) uses it.
 */
export class UpdateConfigurationCommand implements EcrCommand {
  constructor(private readonly duration: keyof typeof RESCAN_DURATIONS) {}

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const predicted = oracle.updateRescanDuration(RESCAN_DURATIONS[this.duration] * DAY_MS);
    const actual = await system.callInspector(this.toString(), (api) =>
      api.updateConfiguration({ ecrConfiguration: { rescanDuration: this.duration } }),
    );
    expectPrediction(this.toString(), predicted, actual);
  }

  toString(): string {
    return `aws inspector2 update-configuration --ecr-configuration rescanDuration=${this.duration}`;
  }
}
