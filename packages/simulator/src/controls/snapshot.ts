import { BasicScanEngine, type EnhancedImageScanFinding } from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions, SimulatorSnapshot } from '../glossary.js';
import { resolveOptions } from '../options.js';
import { AccountWindow } from '../state/account-window.js';
import type { ImageState, RegistryState, RepositoryState, SimState } from '../state/types.js';

const FORMAT = 'ecr-scan-sim/snapshot';

/** @internal An empty state. */
export function emptyState(): SimState {
  return { registries: new Map(), seq: 0, pushCounter: 0, frozenEvents: [], resourceChanges: [] };
}

/**
 * The state as JSON. Saved: options, the clock reading, registries (scanning configuration, registry policy,
 * account window, engine), repositories (resource tags, repository and lifecycle policies), images (manifest texts,
 * tags, scans, quota times, storage, profiles) and the events of deleted images.
 * Not saved: `sim.calls` (a log of this instance's calls, not ECR state) and injected faults (test controls).
 * @internal
 */
export function toSnapshot(
  state: SimState,
  options: ResolvedSimulatorOptions,
  now: number,
): SimulatorSnapshot {
  const registries = [...state.registries.values()].map((registry) => ({
    region: registry.region,
    scanType: registry.scanType,
    rules: registry.rules,
    policyText: registry.policyText,
    accountWindow: registry.accountWindow.toJSON(),
    ...(registry.engine === undefined ? {} : { engine: registry.engine }),
    // Rule S32: Inspector2's state of the registry (absent keys are dropped by the JSON round trip below).
    enhancedSince: registry.enhancedSince,
    inspector: registry.inspector,
    inspectorAccount: registry.inspectorAccount,
    repositories: [...registry.repositories.values()].map(
      ({ images, tags: _tags, version: _v, ...repo }) => ({
        ...repo,
        images: [...images.values()],
      }),
    ),
  }));
  // The call log is not part of a snapshot, so neither is its size (and Infinity has no JSON form).
  const { callLogLimit: _callLogLimit, ...savedOptions } = options;
  const raw = {
    format: FORMAT,
    version: 1,
    clockNow: now,
    options: savedOptions,
    seq: state.seq,
    pushCounter: state.pushCounter,
    registries,
    frozenEvents: state.frozenEvents,
    resourceChanges: state.resourceChanges,
  };
  // A JSON round trip: the snapshot shares nothing with the live state and holds no `undefined`.
  return JSON.parse(JSON.stringify(raw)) as SimulatorSnapshot;
}

const bad = (detail: string): never => {
  throw new TypeError(
    `[ecr-scan-sim] invalid snapshot: ${detail}. Pass an object produced by sim.snapshot().`,
  );
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
function arrayAt(owner: Record<string, unknown>, key: string, where: string): unknown[] {
  const value = owner[key];
  return Array.isArray(value) ? value : bad(`${where}.${key} must be an array`);
}
function numberAt(owner: Record<string, unknown>, key: string, where: string): number {
  const value = owner[key];
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : bad(`${where}.${key} must be a number`);
}
function stringAt(owner: Record<string, unknown>, key: string, where: string): string {
  const value = owner[key];
  return typeof value === 'string' ? value : bad(`${where}.${key} must be a string`);
}

function optionalString(owner: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = owner[key];
  return value === undefined ? undefined : stringAt(owner, key, where);
}
function readTags(value: unknown, where: string): RepositoryState['resourceTags'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return bad(`${where}.resourceTags must be an array`);
  return value.map((t, i) => {
    if (!isObject(t) || typeof t['Key'] !== 'string' || typeof t['Value'] !== 'string')
      return bad(`${where}.resourceTags[${i}] must be { Key, Value } strings`);
    return { Key: t['Key'], Value: t['Value'] };
  });
}

function readImage(value: unknown, where: string): ImageState {
  if (!isObject(value)) return bad(`${where} must be an object`);
  stringAt(value, 'digest', where);
  numberAt(value, 'pushedAt', where);
  arrayAt(value, 'tags', where);
  arrayAt(value, 'scans', where);
  if (!isObject(value['storage'])) bad(`${where}.storage must be an object`);
  if (value['enhancedScans'] !== undefined) arrayAt(value, 'enhancedScans', where);
  const image = structuredClone(value) as unknown as ImageState;
  // JSON turned the Dates of exact enhanced findings into text: give them back their type (the wire needs Dates).
  for (const finding of image.profile?.enhancedFindings ?? []) reviveFindingDates(finding);
  image.lastAcceptedStart ??= undefined;
  image.limitExceeded ??= undefined;
  image.profile ??= undefined;
  image.artifactMediaType ??= undefined;
  // Snapshots made before BatchGetImage was served hold no manifest text (rule R2 then omits imageManifest).
  image.manifest ??= undefined;
  return image;
}

const asDate = (v: unknown): Date | undefined =>
  v === undefined || v instanceof Date
    ? v
    : new Date(typeof v === 'string' || typeof v === 'number' ? v : Number.NaN);

/** The timestamp members of an `EnhancedImageScanFinding`, back to `Date`s after a JSON round trip. */
function reviveFindingDates(finding: EnhancedImageScanFinding): void {
  finding.firstObservedAt = asDate(finding.firstObservedAt);
  finding.lastObservedAt = asDate(finding.lastObservedAt);
  finding.updatedAt = asDate(finding.updatedAt);
  const details = finding.packageVulnerabilityDetails;
  if (details) {
    details.vendorCreatedAt = asDate(details.vendorCreatedAt);
    details.vendorUpdatedAt = asDate(details.vendorUpdatedAt);
  }
  for (const resource of finding.resources ?? []) {
    const image = resource.details?.awsEcrContainerImage;
    if (image) {
      image.pushedAt = asDate(image.pushedAt);
      image.lastInUseAt = asDate(image.lastInUseAt);
    }
  }
  // Members that were undefined must stay absent, as they were before the round trip.
  const drop = (o: Record<string, unknown> | undefined) => {
    if (o) for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  };
  drop(finding as Record<string, unknown>);
  drop(details as Record<string, unknown> | undefined);
  for (const resource of finding.resources ?? [])
    drop(resource.details?.awsEcrContainerImage as Record<string, unknown> | undefined);
}

function readRepository(value: unknown, where: string): RepositoryState {
  if (!isObject(value)) return bad(`${where} must be an object`);
  const images = arrayAt(value, 'images', where).map((v, i) => readImage(v, `${where}.images[${i}]`));
  const { images: _images, ...rest } = value;
  const repo = {
    ...(structuredClone(rest) as unknown as Omit<RepositoryState, 'images' | 'tags' | 'version'>),
    name: stringAt(value, 'name', where),
    createdAt: numberAt(value, 'createdAt', where),
    images: new Map(images.map((image) => [image.digest, image])),
    tags: new Map<string, string>(),
    // Older snapshots have no resource tags or policies: empty.
    resourceTags: readTags(value['resourceTags'], where),
    policyText: optionalString(value, 'policyText', where),
    lifecyclePolicyText: optionalString(value, 'lifecyclePolicyText', where),
    version: 0,
  };
  for (const image of images) for (const tag of image.tags) repo.tags.set(tag, image.digest);
  return repo;
}

function readRegistry(value: unknown, where: string): RegistryState {
  if (!isObject(value)) return bad(`${where} must be an object`);
  const window = arrayAt(value, 'accountWindow', where);
  if (!window.every((t) => typeof t === 'number')) bad(`${where}.accountWindow must hold numbers`);
  const repositories = arrayAt(value, 'repositories', where).map((v, i) =>
    readRepository(v, `${where}.repositories[${i}]`),
  );
  const scanType = value['scanType'];
  if (scanType !== 'BASIC' && scanType !== 'ENHANCED') bad(`${where}.scanType must be BASIC or ENHANCED`);
  const registry: RegistryState = {
    region: stringAt(value, 'region', where),
    scanType: scanType as RegistryState['scanType'],
    rules: structuredClone(arrayAt(value, 'rules', where)) as RegistryState['rules'],
    policyText: optionalString(value, 'policyText', where),
    accountWindow: new AccountWindow(window as number[]),
    repositories: new Map(repositories.map((repo) => [repo.name, repo])),
  };
  // Optional since the engine became registry state (rule N4); older snapshots use the engine option.
  const engine = value['engine'];
  if (engine !== undefined) {
    if (!(BasicScanEngine as readonly unknown[]).includes(engine))
      bad(`${where}.engine must be one of ${BasicScanEngine.join(', ')}`);
    registry.engine = engine as RegistryState['engine'];
  }
  readInspectorState(value, where, registry);
  return registry;
}

/** Rule S32: the Inspector2 members of a registry; a snapshot written before them has none (the defaults). */
function readInspectorState(value: Record<string, unknown>, where: string, registry: RegistryState): void {
  if (value['enhancedSince'] !== undefined) registry.enhancedSince = numberAt(value, 'enhancedSince', where);
  const inspector = value['inspector'];
  if (inspector !== undefined) {
    if (!isObject(inspector)) bad(`${where}.inspector must be an object`);
    const config = inspector as Record<string, unknown>;
    const out: NonNullable<RegistryState['inspector']> = {};
    for (const key of ['rescanDuration', 'pullDateRescanDuration', 'pullDateRescanMode'] as const)
      if (config[key] !== undefined) out[key] = stringAt(config, key, `${where}.inspector`);
    if (config['updatedAt'] !== undefined)
      out.updatedAt = numberAt(config, 'updatedAt', `${where}.inspector`);
    registry.inspector = out;
  }
  const account = value['inspectorAccount'];
  if (account !== undefined) {
    if (!isObject(account)) bad(`${where}.inspectorAccount must be an object`);
    const raw = account as Record<string, unknown>;
    const types = arrayAt(raw, 'otherResourceTypes', `${where}.inspectorAccount`);
    if (!types.every((t) => typeof t === 'string'))
      bad(`${where}.inspectorAccount.otherResourceTypes must hold strings`);
    registry.inspectorAccount = { otherResourceTypes: [...(types as string[])] };
    if (raw['ec2ScanMode'] !== undefined)
      registry.inspectorAccount.ec2ScanMode = stringAt(raw, 'ec2ScanMode', `${where}.inspectorAccount`);
  }
}

/**
 * Reads a snapshot back. Its options are the base for the options given to `createSimulator` (given ones win).
 * @throws TypeError `[ecr-scan-sim] invalid snapshot …` when the value is not a snapshot of this format and version
 * @internal
 */
export function fromSnapshot(value: unknown): {
  state: SimState;
  options: ResolvedSimulatorOptions;
  clockNow: number;
} {
  if (!isObject(value) || value['format'] !== FORMAT) return bad(`format must be '${FORMAT}'`);
  if (value['version'] !== 1) return bad(`version ${String(value['version'])} is not supported (expected 1)`);
  if (!isObject(value['options'])) return bad('options must be an object');
  let options: ResolvedSimulatorOptions;
  try {
    options = resolveOptions(value['options'] as unknown as ResolvedSimulatorOptions);
  } catch (error) {
    return bad(`options: ${(error as Error).message}`);
  }
  const registries = arrayAt(value, 'registries', 'snapshot').map((v, i) =>
    readRegistry(v, `registries[${i}]`),
  );
  const frozen = arrayAt(value, 'frozenEvents', 'snapshot');
  return {
    clockNow: numberAt(value, 'clockNow', 'snapshot'),
    options,
    state: {
      registries: new Map(registries.map((r) => [r.region, r])),
      seq: numberAt(value, 'seq', 'snapshot'),
      pushCounter: numberAt(value, 'pushCounter', 'snapshot'),
      frozenEvents: structuredClone(frozen) as SimState['frozenEvents'],
      // Optional: snapshots made before enhanced scanning have none.
      resourceChanges: structuredClone(
        value['resourceChanges'] === undefined ? [] : arrayAt(value, 'resourceChanges', 'snapshot'),
      ) as SimState['resourceChanges'],
    },
  };
}
