/**
 * The simulator's in-memory state. Plain data (no classes except the account window) so snapshots are a
 * straightforward walk. Everything time-dependent is stored as the time it happened; what it looks like *now*
 * is derived on read (rule T1), never by a timer.
 */
import type {
  BasicScanEngine,
  EncryptionConfiguration,
  ImageTagMutability,
  ImageTagMutabilityExclusionFilter,
  RegistryScanningRule,
  ScanType,
  Tag,
} from '@ecr-scan-sim/model';
import type { ImageProfile, ScanResourceChangeEvent, SimulatorEvent } from '../glossary.js';
import type { AccountWindow } from './account-window.js';
import type { StoredManifest } from './manifest-info.js';

/** @internal What kind of manifest an image is (rules U1, U2). */
export type ImageKind = 'image' | 'index' | 'artifact';

/** @internal One accepted basic scan. Its completion time and outcome come from the image profile when read. */
export interface ScanRecord {
  /** Global order of accepted scans and LIMIT_EXCEEDED marks (independent of the clock). */
  seq: number;
  startedAt: number;
  /** When the record becomes visible to DescribeImageScanFindings (rule L6): `startedAt` + scanRecordDelayMs for a push. */
  visibleAt: number;
}

/**
 * @internal One enhanced scan of an image (rules E3–E13): it starts when the image is pushed into a scanned
 * repository of an ENHANCED registry, or when its repository starts being scanned (E12, E13), and ends when the
 * repository stops being scanned (MANUAL, BASIC, or another frequency). Everything shown is derived from it, the
 * image and the clock when read.
 */
export interface EnhancedScanRecord {
  /** Global order, shared with basic scans (ties in `sim.events`). */
  seq: number;
  startedAt: number;
  frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN';
  /** False: the image was last pushed before the recognition window when the scan started (E12). */
  recognized: boolean;
  /** When its repository stopped being scanned this way. */
  endedAt?: number;
}

/**
 * @internal Archive state (rules A1–A4). ARCHIVED while `archived`; otherwise ACTIVATING until
 * `restoreCompletesAt`, then ACTIVE (derived from the clock, never by a timer).
 */
export interface StorageState {
  archived: boolean;
  lastArchivedAt?: number;
  restoreCompletesAt?: number;
}

/** @internal One image, keyed by digest in its repository. */
export interface ImageState {
  digest: string;
  /**
   * The manifest text as pushed (rule R2), or the recipe of a text `manifests.image` built (read it with
   * `manifestText`); `undefined` only for images restored from a snapshot that predates it.
   */
  manifest: StoredManifest | undefined;
  manifestMediaType: string;
  artifactMediaType: string | undefined;
  kind: ImageKind;
  sizeInBytes: number;
  pushedAt: number;
  /** Tags, oldest first. */
  tags: string[];
  /** Rule Q1: start of the last accepted scan (manual or on push). */
  lastAcceptedStart: number | undefined;
  scans: ScanRecord[];
  /** Rules Q5/Q6: seq and time of the last LIMIT_EXCEEDED answer; shown while newer than the last scan. */
  limitExceeded: { seq: number; at: number } | undefined;
  storage: StorageState;
  profile: ImageProfile | undefined;
  /** Rule E11: the last PutImage that stored or re-tagged this digest (eligibility counts from it); absent: `pushedAt`. */
  lastPushedAt?: number;
  /** Rules E3–E13: enhanced scans, oldest first (usually one). */
  enhancedScans?: EnhancedScanRecord[];
}

/** @internal One repository. `images` keeps push order; `tags` maps a tag to its digest. */
export interface RepositoryState {
  name: string;
  createdAt: number;
  imageTagMutability: ImageTagMutability;
  imageTagMutabilityExclusionFilters: ImageTagMutabilityExclusionFilter[] | undefined;
  scanOnPush: boolean;
  encryptionConfiguration: EncryptionConfiguration;
  images: Map<string, ImageState>;
  tags: Map<string, string>;
  /** Resource tags (TagResource, rules R6–R10), in the order first set. */
  resourceTags: Tag[];
  /** SetRepositoryPolicy text as given (rule R11). */
  policyText: string | undefined;
  /** PutLifecyclePolicy text as given: stored, never evaluated (rules R13–R15). */
  lifecyclePolicyText: string | undefined;
  /** Bumped on every change of images, tags or storage, so listings can be cached (rule I1). */
  version: number;
}

/** @internal One registry: an (account, region) pair (rule G1). */
export interface RegistryState {
  region: string;
  repositories: Map<string, RepositoryState>;
  scanType: ScanType;
  rules: RegistryScanningRule[];
  /** PutRegistryPolicy text as given (rule R16). */
  policyText: string | undefined;
  /** Rule Q4: accepted scan starts of this registry. */
  accountWindow: AccountWindow;
  /**
   * Rules N2–N4: the basic-scan engine set by PutAccountSetting BASIC_SCAN_TYPE_VERSION; absent: the `engine`
   * option. Read it through `engineOf` only.
   */
  engine?: BasicScanEngine;
  /**
   * When the registry was last switched to ENHANCED (epoch ms); absent while it is BASIC. Set only by
   * `setRegistryScanning` (state/registry-scanning.ts), the one place that changes `scanType`.
   */
  enhancedSince?: number;
  /**
   * Amazon Inspector2's ECR re-scan configuration (UpdateConfiguration, rule S14, decision D24); absent until
   * set. The ECR view reads the effective re-scan duration from here (state/inspector-configuration.ts).
   */
  inspector?: InspectorConfiguration;
  /** Inspector2's account state besides ECR (rule S9): absent until Enable / Disable / UpdateConfiguration set it. */
  inspectorAccount?: InspectorAccountState;
}

/** @internal Inspector2's `ecrConfiguration` as stored (strings as the API spells them). */
export interface InspectorConfiguration {
  rescanDuration?: string;
  pullDateRescanDuration?: string;
  pullDateRescanMode?: string;
  /** When UpdateConfiguration last set it (epoch ms). */
  updatedAt?: number;
}

/**
 * @internal Inspector2 scan types enabled besides ECR (EC2, LAMBDA, LAMBDA_CODE, CODE_REPOSITORY), in the order
 * they were enabled, and the EC2 scan mode UpdateConfiguration set. ECR is enabled exactly while the registry is
 * ENHANCED, so it is never listed here (one source of truth).
 */
export interface InspectorAccountState {
  otherResourceTypes: string[];
  ec2ScanMode?: string;
}

/** @internal Everything `reset()` clears and `snapshot()` saves. */
export interface SimState {
  registries: Map<string, RegistryState>;
  /** Next value of `ScanRecord.seq` / LIMIT_EXCEEDED marks. */
  seq: number;
  /** Counter behind `pushImage`'s default seed text. */
  pushCounter: number;
  /** Events of completed scans whose image was deleted (live images derive theirs on read). */
  frozenEvents: Array<{ seq: number; event: SimulatorEvent }>;
  /** Rule E36: "ECR Scan Resource Change" events, recorded when a configuration change happens. */
  resourceChanges: Array<{ seq: number; event: ScanResourceChangeEvent }>;
}
