/** Faults and the read-only views of `sim.inspect`. Part of the public vocabulary (../glossary.ts re-exports it). */
import type {
  EcrErrorCode,
  FindingSeverity,
  Inspector2ErrorCode,
  Inspector2OperationName,
  OperationInput,
  OperationName,
  OperationOutput,
} from '@ecr-scan-sim/model';
import type { CallContext, ImageRef } from '../glossary.js';

/** @public A fault for ECR calls (uses the seeded PRNG for `probability`). */
export interface EcrFaultSpec {
  /** Default (and the only value): ECR. */
  service?: 'ecr';
  /** Default: every ECR operation. */
  operation?: OperationName;
  /** Any ECR catalogue exception name, e.g. `ServerException`, `ThrottlingException`. */
  error: EcrErrorCode;
  /** Fail this many matching calls, then stop. Default 1 unless `probability` is given. */
  times?: number;
  /** Fail each matching call with this probability (0–1), until cancelled. */
  probability?: number;
}

/** @public A fault for Inspector2 calls (rule S31). */
export interface Inspector2FaultSpec {
  service: 'inspector2';
  /** Default: every Inspector2 operation. */
  operation?: Inspector2OperationName;
  /** Any Inspector2 catalogue exception name, e.g. `ThrottlingException` (429), `InternalServerException`. */
  error: Inspector2ErrorCode;
  times?: number;
  probability?: number;
}

/** @public A fault to inject: ECR's unless `service` is `'inspector2'`. */
export type FaultSpec = EcrFaultSpec | Inspector2FaultSpec;

/** @public Handle of an injected fault. */
export interface FaultHandle {
  /** Calls left to fail (`Infinity` for a probability fault). */
  remaining(): number;
  cancel(): void;
}

/** @public A fault still armed, as `sim.inspect.faults()` lists it. */
export type ActiveFaultView = FaultSpec & {
  /** Calls left to fail (`Infinity` for a probability fault). */
  remaining: number;
};

/**
 * @public The operations that only read, by ECR's naming (`Describe…`, `Get…`, `List…`, `BatchGet…`): the ones
 * `sim.inspect.read` runs. New operations of these kinds join automatically.
 */
export type ReadOnlyOperationName = Extract<
  OperationName,
  `Describe${string}` | `Get${string}` | `List${string}` | `BatchGet${string}`
>;

/** @public The account quota window of one registry at the clock's time (rules Q4, Q7). Times in epoch ms. */
export interface AccountWindowView {
  region: string;
  /** Accepted scans that count now, as StartImageScan counts them. */
  used: number;
  /** `accountScanLimit`. */
  limit: number;
  window: 'rolling' | 'utc-day';
  /** The window now: rolling `(now − accountWindowMs, now]`, utc-day `[start of today (UTC), start of tomorrow)`. */
  from: number;
  to: number;
  /** When one more scan may start: now when there is room; `undefined` when the limit is 0. */
  nextFreeAt: number | undefined;
  /** Counting starts per equal slice of `[from, to)`, oldest first (a start after `to`, rule T1, is in the last). */
  histogram: number[];
}

/** @public The per-image window of one image (rules Q1, Q3, Q7). Times in epoch ms. */
export interface ImageWindowView {
  region: string;
  repositoryName: string;
  imageDigest: string;
  /** Start of the last accepted scan (manual or on push); `undefined`: never scanned. */
  lastScanStartedAt: number | undefined;
  /** When the window lets it start a scan again; `undefined`: never scanned, so any time. */
  nextScanAllowedAt: number | undefined;
  /** Whether the per-image window allows a scan now (other checks, such as the account window, still apply). */
  allowedNow: boolean;
}

/**
 * @public What DescribeImageScanFindings shows for an image, without a page of findings (so no finding is generated).
 * Times in epoch ms.
 */
export interface ImageScanView {
  region: string;
  repositoryName: string;
  imageDigest: string;
  /** `imageScanStatus.status`; `undefined` when the call answers ScanNotFoundException (no scan to show). */
  status: string | undefined;
  description: string | undefined;
  /** `imageScanFindings.imageScanCompletedAt`; `undefined` when the answer has no findings (basic or enhanced). */
  completedAt: number | undefined;
  /**
   * `imageScanFindings.findingSeverityCounts`; `undefined` when the answer has no findings. Under ENHANCED the keys
   * are Inspector's (UNTRIAGED can appear).
   */
  severityCounts: Partial<Record<FindingSeverity, number>> | undefined;
}

/**
 * @public Read-only views of the state at the clock's current time, for dashboards and assertions that must not
 * disturb what they look at: nothing here records a call, fires or consumes a fault, or changes any state.
 * Computed by the same code as the operations (no second copy of any rule).
 */
export interface SimulatorInspector {
  /** Regions that have a registry (made by a first write there), plus the simulator's `region`; sorted. */
  regions(): string[];
  /**
   * Runs a read-only operation as `sim.call` would (validation, then the operation) but synchronously, without a
   * call record and without faults. Throws the same `EcrError` the call would reject with.
   */
  read<O extends ReadOnlyOperationName>(
    operation: O,
    input: OperationInput<O>,
    context?: CallContext,
  ): OperationOutput<O>;
  /** The account window of a registry. `slices` (default 24, 1–1,000) sets the histogram's resolution. */
  accountWindow(options?: { region?: string; slices?: number }): AccountWindowView;
  /** The per-image window of an image; `undefined` when there is no such image. */
  imageWindow(ref: ImageRef): ImageWindowView | undefined;
  /**
   * The scan an image shows, as DescribeImageScanFindings reports it but with no findings generated (for listings of
   * many images); `undefined` when there is no such image.
   */
  imageScan(ref: ImageRef): ImageScanView | undefined;
  /** The injected faults still armed, in the order they are checked. */
  faults(): ActiveFaultView[];
}
