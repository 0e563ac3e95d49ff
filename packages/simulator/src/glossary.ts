/**
 * The public vocabulary of @ecr-scan-sim/simulator. Other packages (wire, msw, server, conformance, bench) code
 * against these types only; the implementation behind `createSimulator` is free to change.
 */
import type {
  BasicScanEngine,
  EcrApi,
  EcrErrorCode,
  EcrRescanDuration,
  EnhancedFindingSeverity,
  EnhancedImageScanFinding,
  FindingSeverity,
  ImageScanFinding,
  Inspector2Api,
  Inspector2ErrorCode,
  Inspector2OperationName,
  Inspector2OperationOutput,
  OperationInput,
  OperationName,
  OperationOutput,
  RegistryPolicyScope,
} from '@ecr-scan-sim/model';

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

/** @public An EventBridge-like "ECR Image Scan" event (rule L8). */
export interface ScanCompletedEvent {
  version: '0';
  'detail-type': 'ECR Image Scan';
  source: 'aws.ecr';
  account: string;
  region: string;
  /** ISO time of completion. */
  time: string;
  resources: string[];
  detail: {
    'scan-status': string;
    'repository-name': string;
    'image-digest': string;
    'image-tags': string[];
    'finding-severity-counts': Partial<Record<FindingSeverity, number>>;
  };
}

/**
 * @public An EventBridge-like "Inspector2 Scan" event (rule E34): once per image when its first enhanced scan has
 * results. `repository-name` is the repository ARN, as Inspector sends it.
 */
export interface Inspector2ScanEvent {
  version: '0';
  'detail-type': 'Inspector2 Scan';
  source: 'aws.inspector2';
  account: string;
  region: string;
  time: string;
  resources: string[];
  detail: {
    'scan-status': 'INITIAL_SCAN_COMPLETE';
    'repository-name': string;
    'image-digest': string;
    'image-tags': string[];
    /** Exactly CRITICAL, HIGH, MEDIUM and TOTAL (all findings), zeros included. */
    'finding-severity-counts': { CRITICAL: number; HIGH: number; MEDIUM: number; TOTAL: number };
    version: '1.0';
  };
}

/**
 * @public An EventBridge-like "Inspector2 Finding" event (rule E35): one per enhanced finding when it is first observed.
 * `detail` is in Inspector's `Finding` shape (`inspectorScore`, `inspectorScoreDetails.adjustedCvss`,
 * `remediation.recommendation.Url`), not ECR's.
 */
export interface Inspector2FindingEvent {
  version: '0';
  'detail-type': 'Inspector2 Finding';
  source: 'aws.inspector2';
  account: string;
  region: string;
  time: string;
  /** The image ARN: `arn:aws:ecr:<region>:<account>:repository/<name>/sha256:<digest>`. */
  resources: string[];
  detail: Record<string, unknown>;
}

/** @public An EventBridge-like "ECR Scan Resource Change" event (rule E36): repositories whose ENHANCED frequency changed. */
export interface ScanResourceChangeEvent {
  version: '0';
  'detail-type': 'ECR Scan Resource Change';
  source: 'aws.ecr';
  account: string;
  region: string;
  time: string;
  resources: string[];
  detail: {
    'action-type': 'SCAN_FREQUENCY_CHANGE';
    repositories: Array<{
      'repository-name': string;
      'repository-arn': string;
      'scan-frequency': string;
      'previous-scan-frequency': string;
    }>;
    'resource-type': 'REPOSITORY';
    'scan-type': 'ENHANCED';
  };
}

/** @public Every event `sim.events` holds, told apart by `detail-type`. */
export type SimulatorEvent =
  | ScanCompletedEvent
  | Inspector2ScanEvent
  | Inspector2FindingEvent
  | ScanResourceChangeEvent;

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
