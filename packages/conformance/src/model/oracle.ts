/**
 * The independent oracle: ECR basic scanning as the reference describes it (shared/reference/ecr-scan-semantics.md
 * and the model's rule catalogue), written without looking at the simulator. It keeps only what decides a status
 * or an exception name: per-image last accepted scan start, the account window, scan start times, archive state.
 */
import type { ScanStatus } from '@ecr-scan-sim/model';
import { isScannable, KIND_COUNTS, totalFindings } from '../fixtures/image-kinds.js';
import { type EnhancedTiming, isScannedFrequency, predictEnhanced } from './enhanced.js';
import type {
  FindingsPrediction,
  ImageKind,
  ImagePrediction,
  ModelImage,
  ModelRepository,
  Prediction,
} from './oracle-types.js';
import {
  acceptsRules,
  type EffectiveConfig,
  effectiveConfig,
  type Frequency,
  type ModelRule,
} from './scanning-config.js';

/** Options the oracle shares with the simulators it is compared with. */
export interface OracleOptions {
  startTime: number;
  accountScanLimit: number;
  /** D4: a full account window answers a LIMIT_EXCEEDED status, or throws LimitExceededException. */
  accountQuotaExceeded: 'status' | 'exception';
  /** D9: CLAIR fills DescribeImages' imageScanStatus; AWS_NATIVE omits it. */
  engine: 'AWS_NATIVE' | 'CLAIR';
  windowMs: number;
  scanDurationMs: number;
  restoreDurationMs: number;
  /** D23–D25. */
  enhanced: EnhancedTiming;
}

const fail = (error: string): Prediction<never> => ({ ok: false, error });
const ok = <T>(value: T): Prediction<T> => ({ ok: true, value });

export class Oracle {
  now: number;
  readonly repositories = new Map<string, ModelRepository>();
  /** Every image ever pushed, in push order: commands address them by position. */
  readonly images: ModelImage[] = [];
  /** Start times of accepted scans, for the account window (rule Q4). */
  private accepted: number[] = [];
  scanType: 'BASIC' | 'ENHANCED' = 'BASIC';
  /** The registry rules as put (D19–D21). */
  rules: ModelRule[] = [];
  /** D31: the basic-scan engine, the option's until PutAccountSetting changes it. */
  engine: 'AWS_NATIVE' | 'CLAIR';
  /** D24: the re-scan duration set through Inspector2 UpdateConfiguration, if any. */
  private rescanOverrideMs: number | undefined;

  constructor(readonly options: OracleOptions) {
    this.now = options.startTime;
    this.engine = options.engine;
  }

  tick(ms: number): void {
    this.now += ms;
  }

  createRepository(name: string, scanOnPush: boolean): Prediction<null> {
    if (this.repositories.has(name)) return fail('RepositoryAlreadyExistsException');
    this.repositories.set(name, { scanOnPush });
    return ok(null);
  }

  putImageScanningConfiguration(name: string, scanOnPush: boolean): Prediction<null> {
    const repository = this.repositories.get(name);
    if (!repository) return fail('RepositoryNotFoundException');
    repository.scanOnPush = scanOnPush;
    return ok(null);
  }

  /** D21: a refused configuration is InvalidParameterException and changes nothing; else it replaces the old. */
  putRegistryScanningConfiguration(scanType: 'BASIC' | 'ENHANCED', rules: ModelRule[]): Prediction<null> {
    if (!acceptsRules(scanType, rules)) return fail('InvalidParameterException');
    this.switchScanning(scanType, rules);
    return ok(null);
  }

  /**
   * D32: Inspector2 Enable / Disable of ECR switch the scan type and keep the rules (an unchanged type changes
   * nothing). Disable also deletes the re-scan setting: with only ECR ever enabled, Inspector is then off (S8).
   */
  inspectorSwitch(enable: boolean): Prediction<null> {
    if (enable || this.scanType === 'ENHANCED')
      this.switchScanning(enable ? 'ENHANCED' : 'BASIC', this.rules);
    if (!enable) this.rescanOverrideMs = undefined;
    return ok(null);
  }

  /** D24, S35: Inspector2 UpdateConfiguration's re-scan duration replaces the option's from now on. */
  updateRescanDuration(ms: number): Prediction<null> {
    this.rescanOverrideMs = ms;
    return ok(null);
  }

  /** The enhanced timing in force: the option's, with Inspector's re-scan duration once set. */
  private timing(): EnhancedTiming {
    const rescanMs = this.rescanOverrideMs;
    return rescanMs === undefined ? this.options.enhanced : { ...this.options.enhanced, rescanMs };
  }

  private switchScanning(scanType: 'BASIC' | 'ENHANCED', rules: readonly ModelRule[]): void {
    const before = new Map([...this.repositories.keys()].map((name) => [name, this.enhancedFrequency(name)]));
    this.scanType = scanType;
    this.rules = rules.map((r) => ({ frequency: r.frequency, filters: [...r.filters] }));
    // E12, E13: a repository whose enhanced frequency changed ends its images' scans and starts new ones.
    for (const [name, previous] of before) {
      const now = this.enhancedFrequency(name);
      if (now === previous) continue;
      for (const image of this.imagesOf(name)) {
        for (const scan of image.enhanced) scan.ended = true;
        if (isScannedFrequency(now)) {
          const recognized = this.now - image.lastPushedAt <= this.options.enhanced.recognitionWindowMs;
          image.enhanced.push({ startedAt: this.now, frequency: now, recognized, ended: false });
        }
      }
    }
  }

  /** D19 as enhanced scanning sees it: MANUAL whenever the registry is BASIC. */
  private enhancedFrequency(name: string): Frequency {
    const repository = this.repositories.get(name);
    if (this.scanType !== 'ENHANCED' || !repository) return 'MANUAL';
    return effectiveConfig(this.scanType, this.rules, name, repository.scanOnPush).frequency;
  }

  /** D22: the effective configuration of each named repository, or a REPOSITORY_NOT_FOUND failure. */
  batchGetRepositoryScanningConfiguration(names: readonly string[]): Prediction<{
    found: Array<{ name: string; scanOnPush: boolean } & EffectiveConfig>;
    missing: string[];
  }> {
    const found: Array<{ name: string; scanOnPush: boolean } & EffectiveConfig> = [];
    const missing: string[] = [];
    for (const name of names) {
      const repository = this.repositories.get(name);
      if (!repository) missing.push(name);
      else {
        const config = effectiveConfig(this.scanType, this.rules, name, repository.scanOnPush);
        found.push({ name, scanOnPush: repository.scanOnPush, ...config });
      }
    }
    return ok({ found, missing });
  }

  /** D31: GetAccountSetting / PutAccountSetting of BASIC_SCAN_TYPE_VERSION; another value is refused. */
  accountSetting(put: string | undefined): Prediction<string> {
    if (put === undefined) return ok(this.engine);
    if (put !== 'AWS_NATIVE' && put !== 'CLAIR') return fail('InvalidParameterException');
    this.engine = put;
    return ok(put);
  }

  /** Rules I4, C1, Q2, Q5: stores the image, moves the tag, scans on push when configured. */
  pushImage(
    name: string,
    tag: string | undefined,
    kind: ImageKind,
    digest: string,
    manifest: ModelImage['manifest'],
  ): Prediction<string> {
    const repository = this.repositories.get(name);
    if (!repository) return fail('RepositoryNotFoundException');
    if (tag !== undefined) for (const other of this.imagesOf(name)) other.tags.delete(tag);
    const image: ModelImage = {
      repositoryName: name,
      digest,
      kind,
      manifest,
      pushedAt: this.now,
      tags: new Set(tag === undefined ? [] : [tag]),
      storage: { state: 'ACTIVE' },
      lastAcceptedAt: undefined,
      scans: [],
      limitRecord: false,
      lastPushedAt: this.now,
      enhanced: [],
    };
    this.images.push(image);
    // E3: a push into a scanned repository of an ENHANCED registry is scanned by Inspector, quota untouched.
    const enhanced = this.enhancedFrequency(name);
    if (isScannedFrequency(enhanced)) {
      image.enhanced.push({ startedAt: this.now, frequency: enhanced, recognized: true, ended: false });
    }
    const scanOnPush =
      this.scanType === 'BASIC' &&
      effectiveConfig(this.scanType, this.rules, name, repository.scanOnPush).frequency === 'SCAN_ON_PUSH';
    if (scanOnPush && isScannable(kind)) {
      if (this.accountWindowFull()) image.limitRecord = true;
      else this.accept(image);
    }
    return ok(digest);
  }

  /**
   * Rule Q3: PutImage of a manifest the repository holds, with a new tag, adds the tag to that image (moving it
   * from any other): no new image and no scan on push. The same tag again is ImageAlreadyExistsException.
   */
  tagImage(image: ModelImage, tag: string): Prediction<string> {
    if (image.tags.has(tag)) return fail('ImageAlreadyExistsException');
    for (const other of this.imagesOf(image.repositoryName)) other.tags.delete(tag);
    image.tags.add(tag);
    // E11: a re-push renews eligibility; an expired, unrecognised or missing scan starts again.
    const frequency = this.enhancedFrequency(image.repositoryName);
    if (isScannedFrequency(frequency)) {
      const shown = this.enhancedView(image);
      const current = image.enhanced.at(-1);
      if (
        !current ||
        current.ended ||
        (shown.kind === 'shown' && shown.status === 'SCAN_ELIGIBILITY_EXPIRED')
      ) {
        for (const scan of image.enhanced) scan.ended = true;
        image.enhanced.push({ startedAt: this.now, frequency, recognized: true, ended: false });
      }
    }
    image.lastPushedAt = this.now;
    return ok(image.digest);
  }

  /** Rules Q1, Q4, Q6, A2, U1, U2, E1, L1. */
  startImageScan(image: ModelImage | undefined, name: string): Prediction<ScanStatus> {
    const found = this.lookup(image, name);
    if (!found.ok) return found;
    const target = found.value;
    if (this.scanType === 'ENHANCED') return fail('ValidationException');
    if (!isScannable(target.kind)) return fail('UnsupportedImageTypeException');
    if (this.storageState(target) !== 'ACTIVE') return fail('ImageArchivedException');
    if (target.lastAcceptedAt !== undefined && this.now - target.lastAcceptedAt < this.options.windowMs) {
      return fail('LimitExceededException');
    }
    if (this.accountWindowFull()) {
      // X1: a rejected call changes nothing
      if (this.options.accountQuotaExceeded === 'exception') return fail('LimitExceededException');
      // D4 consumes no quota, but the image's scan status now reads LIMIT_EXCEEDED (D8: the current state)
      target.limitRecord = true;
      return ok('LIMIT_EXCEEDED');
    }
    this.accept(target);
    return ok('IN_PROGRESS');
  }

  /** Rules L2–L7, A3, E2, Q5. */
  describeImageScanFindings(image: ModelImage | undefined, name: string): Prediction<FindingsPrediction> {
    const found = this.lookup(image, name);
    if (!found.ok) return found;
    const target = found.value;
    const archived = this.storageState(target) !== 'ACTIVE';
    if (archived && this.scanType === 'ENHANCED') {
      // E31: IMAGE_ARCHIVED, with the enhanced findings last seen.
      const seen = this.enhancedFindings(target);
      return ok({
        ...(seen.ok ? seen.value : { total: 0, severityCounts: {}, enhanced: true }),
        status: 'IMAGE_ARCHIVED',
      });
    }
    const completedFindings = this.completedFindings(target);
    if (archived) {
      return ok({ status: 'IMAGE_ARCHIVED', ...completedFindings });
    }
    if (this.scanType === 'ENHANCED') return this.enhancedFindings(target);
    const last = target.scans[target.scans.length - 1];
    if (target.limitRecord) return ok({ status: 'LIMIT_EXCEEDED', ...completedFindings });
    if (!last) return fail('ScanNotFoundException');
    if (this.now < last.startedAt + this.options.scanDurationMs) {
      return ok({ status: 'IN_PROGRESS', ...completedFindings });
    }
    return ok({ status: target.kind === 'unsupported-os' ? 'FAILED' : 'COMPLETE', ...completedFindings });
  }

  /** Rules A4, I1, I2: ACTIVE images unless the filter asks, in push order then digest order. */
  describeImages(
    name: string,
    tagStatus: 'TAGGED' | 'UNTAGGED' | 'ANY' | undefined,
    imageStatus: 'ACTIVE' | 'ARCHIVED' | 'ACTIVATING' | 'ANY' | undefined,
  ): Prediction<ImagePrediction[]> {
    if (!this.repositories.has(name)) return fail('RepositoryNotFoundException');
    const wantStatus = imageStatus ?? 'ACTIVE';
    return ok(
      this.imagesOf(name)
        .filter((i) => wantStatus === 'ANY' || this.storageState(i) === wantStatus)
        .filter((i) => tagStatus !== 'TAGGED' || i.tags.size > 0)
        .filter((i) => tagStatus !== 'UNTAGGED' || i.tags.size === 0)
        .sort((a, b) => a.pushedAt - b.pushedAt || (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0))
        .map((i) => ({
          digest: i.digest,
          tags: [...i.tags].sort(),
          imageStatus: this.storageState(i),
          scanStatus: this.listedScanStatus(i),
        })),
    );
  }

  /** Rule A1: ARCHIVE is immediate; STANDARD restores an archived image through ACTIVATING. */
  updateImageStorageClass(
    image: ModelImage | undefined,
    name: string,
    target: 'ARCHIVE' | 'STANDARD',
  ): Prediction<'ACTIVE' | 'ARCHIVED' | 'ACTIVATING'> {
    const found = this.lookup(image, name);
    if (!found.ok) return found;
    const subject = found.value;
    if (subject.kind === 'index' || subject.kind === 'artifact')
      return fail('ImageStorageClassUpdateNotSupportedException');
    const state = this.storageState(subject);
    if (target === 'ARCHIVE') subject.storage = { state: 'ARCHIVED' };
    else if (state === 'ARCHIVED') {
      subject.storage = { state: 'ACTIVATING', until: this.now + this.options.restoreDurationMs };
    }
    return ok(this.storageState(subject));
  }

  private enhancedView(image: ModelImage) {
    return predictEnhanced(
      image.enhanced.at(-1),
      this.now,
      image.lastPushedAt,
      image.kind !== 'index' && image.kind !== 'artifact' && image.kind !== 'unsupported-os',
      this.timing(),
    );
  }

  /** E3–E16, E25, E26: the enhanced answer; counts are the image kind's, more with the feed on a continuous image. */
  private enhancedFindings(image: ModelImage): Prediction<FindingsPrediction> {
    const view = this.enhancedView(image);
    if (view.kind === 'none') return fail('ScanNotFoundException');
    if (!view.results) return ok({ status: view.status, total: 0, severityCounts: {}, enhanced: true });
    return ok({
      status: view.status,
      total: totalFindings(image.kind),
      severityCounts: { ...KIND_COUNTS[image.kind] },
      enhanced: true,
      atLeast: view.continuous && this.options.enhanced.feed,
    });
  }

  /** Rule N1: DescribeImages' imageScanStatus, CLAIR only: what DescribeImageScanFindings would say, if anything. */
  private listedScanStatus(image: ModelImage): string | undefined {
    // E29: never under ENHANCED.
    if (this.engine !== 'CLAIR' || this.scanType === 'ENHANCED') return undefined;
    const findings = this.describeImageScanFindings(image, image.repositoryName);
    return findings.ok ? findings.value.status : undefined;
  }

  storageState(image: ModelImage): 'ACTIVE' | 'ARCHIVED' | 'ACTIVATING' {
    const storage = image.storage;
    if (storage.state === 'ACTIVATING' && this.now >= storage.until) image.storage = { state: 'ACTIVE' };
    return image.storage.state;
  }

  imagesOf(name: string): ModelImage[] {
    return this.images.filter((i) => i.repositoryName === name);
  }

  private lookup(image: ModelImage | undefined, name: string): Prediction<ModelImage> {
    if (!this.repositories.has(name)) return fail('RepositoryNotFoundException');
    if (!image || image.repositoryName !== name) return fail('ImageNotFoundException');
    return ok(image);
  }

  private accountWindowFull(): boolean {
    this.accepted = this.accepted.filter((t) => this.now - t < this.options.windowMs);
    return this.accepted.length >= this.options.accountScanLimit;
  }

  private accept(image: ModelImage): void {
    image.lastAcceptedAt = this.now;
    image.limitRecord = false;
    image.scans.push({ startedAt: this.now });
    this.accepted.push(this.now);
  }

  /** D8: findings of the last completed scan; a FAILED scan has none. */
  private completedFindings(image: ModelImage): Pick<FindingsPrediction, 'total' | 'severityCounts'> {
    const completed = image.scans.some((s) => this.now >= s.startedAt + this.options.scanDurationMs);
    if (!completed || image.kind === 'unsupported-os') return { total: 0, severityCounts: {} };
    return { total: totalFindings(image.kind), severityCounts: { ...KIND_COUNTS[image.kind] } };
  }
}
