/**
 * The public vocabulary of @ecr-scan-sim/simulator. Other packages (wire, msw, server, conformance, bench) code
 * against these types only; the implementation behind `createSimulator` is free to change.
 */
import type {
  BasicScanEngine,
  EcrApi,
  EcrRescanDuration,
  EnhancedFindingSeverity,
  EnhancedImageScanFinding,
  FindingSeverity,
  ImageScanFinding,
  Inspector2Api,
  Inspector2OperationName,
  Inspector2OperationOutput,
  OperationName,
  OperationOutput,
  RegistryPolicyScope,
} from '@ecr-scan-sim/model';
import type { FaultHandle, FaultSpec, SimulatorInspector } from './glossary/controls.js';
import type { SimulatorEvent } from './glossary/events.js';

export type {
  AccountWindowView,
  ActiveFaultView,
  EcrFaultSpec,
  FaultHandle,
  FaultSpec,
  ImageScanView,
  ImageWindowView,
  Inspector2FaultSpec,
  ReadOnlyOperationName,
  SimulatorInspector,
} from './glossary/controls.js';
export type {
  Inspector2FindingEvent,
  Inspector2ScanEvent,
  ScanCompletedEvent,
  ScanResourceChangeEvent,
  SimulatorEvent,
} from './glossary/events.js';

/** @public Anything that tells the time in epoch milliseconds. The simulator reads time from nothing else (rule T1). */
export interface Clock {
  now(): number;
}

/** @public The per-image and per-account windows (rules Q1, Q4, Q7). */
export interface QuotaOptions {
  /** Per-image window, default 24 h. */
  perImageWindowMs: number;
  /** Accepted scans per account window per (account, region), default 100,000. */
  accountScanLimit: number;
  /** Account window length, default 24 h. */
  accountWindowMs: number;
  /** `rolling` (default, D1) or `utc-day` (moto's calendar day). */
  window: 'rolling' | 'utc-day';
}

/**
 * @public The vulnerability feed of enhanced scanning (decision D25): every `intervalMs` (from a seeded offset) the feed
 * publishes and each eligible CONTINUOUS_SCAN image is re-evaluated; new findings arrive at `newFindingsPer30Days`
 * per severity and image (evenly spaced with a seeded phase, so the count at any time is a formula, not a replay).
 * `newFindingsPer30Days: {}` freezes every image at its first scan.
 */
export interface EnhancedFeedOptions {
  /** Time between feed publications (re-evaluations), default 24 h. */
  intervalMs: number;
  /** New findings per image per 30 days of continuous scanning, by Inspector severity. Default CRITICAL 0.25, HIGH 1, MEDIUM 2, LOW 1. */
  newFindingsPer30Days: Partial<Record<EnhancedFindingSeverity, number>>;
}

/** @public ENHANCED scanning (Amazon Inspector) timing and eligibility (decisions D23–D25). */
export interface EnhancedOptions {
  /** D23: ScanNotFoundException for this long after a push while Inspector ingests the image. Default 0. */
  ingestDelayMs: number;
  /** D23: PENDING "Pending start of the image scan." for this long. Default 60,000. */
  initialScanMs: number;
  /** D23 (observed): COMPLETE / ACTIVE shown with empty findings and no counts for this long. Default 0. */
  findingsLagMs: number;
  /** D24: how long a CONTINUOUS_SCAN image stays ACTIVE after its last push. Default `DAYS_14`. */
  rescanDuration: EcrRescanDuration;
  /** D24: images already present when a repository starts being scanned are recognised if pushed this recently. Default 30 days. */
  recognitionWindowMs: number;
  /** D25: the vulnerability feed that moves continuous findings with time. */
  feed: EnhancedFeedOptions;
}

/** @public `enhanced` as {@link SimulatorOptions} takes it: every member optional, `feed` too. */
export type EnhancedOptionsInput = Partial<Omit<EnhancedOptions, 'feed'>> & {
  feed?: Partial<EnhancedFeedOptions>;
};

/** @public Options of {@link createSimulator}. Exact names: the CLI, the docs and users' tests rely on them. */
export interface SimulatorOptions {
  /** Default: a new `FakeClock()` at 2026-01-01T00:00:00Z, exposed as `sim.clock`. */
  clock?: Clock;
  /** Seed of findings, tokens, request ids and probabilistic faults. Default 0. */
  seed?: number | string;
  /** Default `123456789012` (D16). */
  accountId?: string;
  /** Default `us-east-1` (D16). */
  region?: string;
  quotas?: Partial<QuotaOptions>;
  /** D4: `status` (default) answers 200 with LIMIT_EXCEEDED; `exception` throws LimitExceededException. */
  accountQuotaExceeded?: 'status' | 'exception';
  /** D6: default 30,000. */
  scanDurationMs?: number;
  /** D9: default `AWS_NATIVE`. */
  engine?: BasicScanEngine;
  /** D7: default `FAILED`. */
  unsupportedOsStatus?: 'FAILED' | 'UNSUPPORTED_IMAGE';
  /** D11: default 20 min. */
  restoreDurationMs?: number;
  /** D15: default 0. */
  scanRecordDelayMs?: number;
  /** D23–D25: ENHANCED scanning; see {@link EnhancedOptions}. */
  enhanced?: EnhancedOptionsInput;
  /**
   * Rule R18: which actions PutRegistryPolicy accepts (the account setting REGISTRY_POLICY_SCOPE). `V2` (default, what
   * new registries get): every `ecr:` action; `V1`: only ecr:ReplicateImage, ecr:BatchImportUpstreamImage and
   * ecr:CreateRepository (moto's behaviour).
   */
  registryPolicyScope?: RegistryPolicyScope;
  /**
   * How many calls `sim.calls` keeps, most recent first dropped last (a ring). Default 10,000, so a long-running
   * server or a 100k-push test does not grow without bound; `Infinity` keeps every call, `0` keeps none.
   */
  callLogLimit?: number;
  /** Start from a state previously produced by `sim.snapshot()`. */
  snapshot?: SimulatorSnapshot;
}

/** @public The options after defaults (what `sim.options` returns). */
export interface ResolvedSimulatorOptions {
  seed: number | string;
  accountId: string;
  region: string;
  quotas: QuotaOptions;
  accountQuotaExceeded: 'status' | 'exception';
  scanDurationMs: number;
  engine: BasicScanEngine;
  unsupportedOsStatus: 'FAILED' | 'UNSUPPORTED_IMAGE';
  restoreDurationMs: number;
  scanRecordDelayMs: number;
  enhanced: EnhancedOptions;
  registryPolicyScope: RegistryPolicyScope;
  callLogLimit: number;
}

/** @public Where a call is addressed when it does not come through `EcrApi` (the wire takes the region from the host). */
export interface CallContext {
  /** Default: the simulator's `region`. */
  region?: string;
}

/**
 * @public What a scan of an image yields: set with `sim.setImageProfile` or at push time (`sim.pushImage`).
 * A profile describes the image's content, so it applies to all its scans, past and future: outcomes, durations
 * and findings are derived from the current profile when a scan is read.
 */
export interface ImageProfile {
  /** The distribution the findings come from (decides the `uri` tracker). Default: derived from seed + digest. */
  os?: { name: string; version: string };
  /**
   * Default `COMPLETE`. `FAILED` and `UNSUPPORTED_IMAGE` both model an unsupported OS (rule L4): the status shown is
   * the simulator's `unsupportedOsStatus` option, the description names `os` when the profile gives one.
   */
  outcome?: 'COMPLETE' | 'FAILED' | 'UNSUPPORTED_IMAGE';
  /** Exact basic findings, returned as given (counts computed from them). Takes precedence over `severityCounts`. */
  findings?: ImageScanFinding[];
  /**
   * How many generated findings per severity, for both scanners. Default: derived from seed + digest. UNTRIAGED
   * (enhanced) and UNDEFINED (basic) stand for each other: basic scans count UNTRIAGED as UNDEFINED, enhanced
   * scans count UNDEFINED as UNTRIAGED.
   */
  severityCounts?: Partial<Record<FindingSeverity | 'UNTRIAGED', number>>;
  /**
   * Exact enhanced findings (ECR's shape), returned as given in every enhanced scan, counts computed from their
   * `severity`. Each needs an Inspector severity and `packageVulnerabilityDetails.vulnerabilityId`.
   */
  enhancedFindings?: EnhancedImageScanFinding[];
  /** Per-image scan duration, overriding `scanDurationMs`. */
  scanDurationMs?: number;
}

/** @public Identifies an image outside the ECR API. */
export interface ImageRef {
  repositoryName: string;
  imageDigest?: string;
  imageTag?: string;
  /** Default: the simulator's region. */
  region?: string;
}

/** @public Input of the `sim.pushImage` convenience. */
export interface PushImageInput {
  repositoryName: string;
  imageTag?: string;
  /** Default: a deterministic single-platform Docker v2 manifest derived from `seedText`. */
  imageManifest?: string;
  imageManifestMediaType?: string;
  /** Makes the generated manifest (and so the digest) unique; default: the tag and a counter. */
  seedText?: string;
  profile?: ImageProfile;
  region?: string;
}

/** @public One ECR entry of `sim.calls` (no `service` member: ECR records keep the shape they always had). */
export interface EcrCallRecord {
  service?: undefined;
  operation: OperationName;
  /**
   * The input as received: a structured clone, or the simulator's own validated copy of it when that copy holds
   * every member received (no unknown or `null` member), which the simulator never changes afterwards.
   */
  input: unknown;
  region: string;
  /** Clock time of the call, epoch ms. */
  at: number;
  outcome: { ok: true } | { ok: false; error: { name: string; message: string } };
}

/** @public One Inspector2 entry of `sim.calls` (rule S31). */
export interface Inspector2CallRecord {
  service: 'inspector2';
  operation: Inspector2OperationName;
  /** The input as received (a structured clone). */
  input: unknown;
  region: string;
  /** Clock time of the call, epoch ms. */
  at: number;
  outcome: { ok: true } | { ok: false; error: { name: string; message: string } };
}

/** @public One entry of `sim.calls`: narrow on `service === 'inspector2'`. */
export type CallRecord = EcrCallRecord | Inspector2CallRecord;

/** @public A JSON-serialisable state. `createSimulator({ snapshot })` resumes from it. */
export interface SimulatorSnapshot {
  format: 'ecr-scan-sim/snapshot';
  version: 1;
  [key: string]: unknown;
}

/**
 * @public The simulator: the ECR API plus test-double controls. `C` is the clock's type: `FakeClock` when
 * `createSimulator` made the clock, so `sim.clock.tick('30s')` type-checks.
 */
export interface EcrSimulator<C extends Clock = Clock> extends EcrApi {
  readonly clock: C;
  readonly options: Readonly<ResolvedSimulatorOptions>;
  /**
   * Runs one operation from untrusted input (the wire's entry point): validates it with the model
   * (SerializationException / InvalidParameterException), applies faults, then runs the operation.
   * Rejects with an `EcrError`. The `EcrApi` methods are `call` with the default context.
   */
  call<O extends OperationName>(
    operation: O,
    input: unknown,
    context?: CallContext,
  ): Promise<OperationOutput<O>>;
  /** Convenience: builds a manifest, calls PutImage, sets the profile. */
  pushImage(input: PushImageInput): Promise<{ imageDigest: string; imageManifest: string }>;
  setImageProfile(ref: ImageRef, profile: ImageProfile): void;
  /** The most recent `callLogLimit` calls (default 10,000), oldest first. */
  readonly calls: readonly CallRecord[];
  /**
   * Events so far (derived from the clock), in time order: "ECR Image Scan" per completed basic scan (L8), and under
   * ENHANCED "Inspector2 Scan", "Inspector2 Finding" and "ECR Scan Resource Change" (E34–E36).
   */
  readonly events: readonly SimulatorEvent[];
  /**
   * Amazon Inspector2's view of the same account (rules S1–S32): its operations read and change the same state
   * (Enable switches the registry to ENHANCED, ListCoverage lists its repositories and images…).
   */
  readonly inspector2: Inspector2Simulator;
  injectFault(spec: FaultSpec): FaultHandle;
  clearFaults(): void;
  /** Read-only views (quota windows, faults, unlogged reads) for dashboards and assertions. */
  readonly inspect: SimulatorInspector;
  /** Back to an empty state (options and clock kept). */
  reset(): void;
  snapshot(): SimulatorSnapshot;
}

/**
 * @public Amazon Inspector2 over the simulator's state: the `Inspector2Api` methods plus `call`, the entry point
 * of the wire's restJson1 dispatcher. Calls are validated with the model (Inspector2's ValidationException),
 * fault-injectable (`sim.injectFault({ service: 'inspector2', … })`), logged in `sim.calls`, and a refused call
 * changes nothing (rule S31).
 */
export interface Inspector2Simulator extends Inspector2Api {
  /** Runs one Inspector2 operation from untrusted input. Rejects with an `Inspector2Error`. */
  call<O extends Inspector2OperationName>(
    operation: O,
    input: unknown,
    context?: CallContext,
  ): Promise<Inspector2OperationOutput<O>>;
}
