import { isDeepStrictEqual } from 'node:util';
import type { EcrApi, Inspector2 } from '@ecr-scan-sim/model';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import { capture, type Outcome, show } from './outcome.js';

/** The Inspector2 calls conformance makes: `sim.inspector2` on the reference, a real Inspector2Client on a twin. */
export interface InspectorApi {
  enable(input: Inspector2.EnableRequest): Promise<unknown>;
  disable(input: Inspector2.DisableRequest): Promise<unknown>;
  updateConfiguration(input: Inspector2.UpdateConfigurationRequest): Promise<unknown>;
  listFindings(input: Inspector2.ListFindingsRequest): Promise<unknown>;
  listCoverage(input: Inspector2.ListCoverageRequest): Promise<unknown>;
}

/** A simulator twin reached through one transport by the real-client adapter. */
export interface Twin {
  /** The twin behind the transport (same options and seed as the reference). */
  readonly simulator: EcrSimulator;
  /** `EcrScanClient` (or, for the real-AWS target, the AWS account) reaching it. */
  readonly api: EcrApi;
  /** A real Inspector2Client reaching the same twin over the same transport (issue 16). */
  readonly inspector: InspectorApi;
  /** Moves the twin's own clock. */
  tick(ms: number): void;
  close(): Promise<void>;
}

/** Counts what a run executed, summed into the final `conformance:` line. */
export interface RunCounter {
  sequences: number;
  commands: number;
}

/**
 * The system under test of one command sequence: the reference simulator, called in process, and optionally a
 * twin behind a transport. Every call runs on both, and their outcomes must be equal.
 */
export class SystemUnderTest {
  constructor(
    readonly reference: EcrSimulator,
    private readonly tickReference: (ms: number) => void,
    readonly twin: Twin | undefined,
    readonly counter: RunCounter,
  ) {}

  /** Runs one call on the reference and on the twin; throws when they differ; returns the reference's outcome. */
  call(label: string, run: (api: EcrApi) => Promise<unknown>): Promise<Outcome> {
    return this.onBoth(label, () => run(this.reference), this.twin && (() => run(this.twin!.api)));
  }

  /** The same for an Inspector2 call: `sim.inspector2` on the reference, the twin's Inspector2Client. */
  callInspector(label: string, run: (api: InspectorApi) => Promise<unknown>): Promise<Outcome> {
    const twin = this.twin;
    return this.onBoth(label, () => run(this.reference.inspector2), twin && (() => run(twin.inspector)));
  }

  private async onBoth(
    label: string,
    reference: () => Promise<unknown>,
    twin: (() => Promise<unknown>) | undefined,
  ): Promise<Outcome> {
    const expected = await capture(reference);
    if (twin) {
      const actual = await capture(twin);
      if (!isDeepStrictEqual(expected, actual)) {
        throw new Error(
          `[conformance] ${label}: the transport disagrees with the simulator\n  simulator: ${show(expected)}\n  transport: ${show(actual)}`,
        );
      }
    }
    return expected;
  }

  tick(ms: number): void {
    this.tickReference(ms);
    this.twin?.tick(ms);
  }

  async close(): Promise<void> {
    await this.twin?.close();
  }
}
