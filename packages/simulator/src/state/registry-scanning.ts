import type { RegistryScanningRule, ScanFrequency, ScanType } from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions, ScanResourceChangeEvent } from '../glossary.js';
import { closeEnhancedScan, isScanned, openEnhancedScan, recognizedAt } from './enhanced-scans.js';
import { effectiveScanConfiguration } from './scanning-config.js';
import type { RegistryState, RepositoryState, SimState } from './types.js';

/** @internal What a configuration change needs: the state, the options, the one clock reading, the region. */
export interface ChangeContext {
  readonly state: SimState;
  readonly options: ResolvedSimulatorOptions;
  readonly now: number;
  readonly region: string;
}

/** @internal A deep copy of registry rules (the state never aliases input or output objects). */
export function copyRules(rules: readonly RegistryScanningRule[]): RegistryScanningRule[] {
  return rules.map((rule) => ({
    scanFrequency: rule.scanFrequency,
    repositoryFilters: (rule.repositoryFilters ?? []).map((f) => ({
      filter: f.filter,
      filterType: f.filterType,
    })),
  }));
}

/** A repository's frequency as enhanced scanning sees it: MANUAL whenever the registry is BASIC. */
function enhancedFrequency(
  registry: Pick<RegistryState, 'scanType' | 'rules'>,
  repository: RepositoryState,
): ScanFrequency {
  if (registry.scanType !== 'ENHANCED') return 'MANUAL';
  return effectiveScanConfiguration(registry, repository).frequency;
}

/**
 * Rules E12, E13: a repository's enhanced frequency changed from `before` to `after` at `now`. Its images' current
 * enhanced scans end; under a scanned frequency each image starts a new one, recognised when last pushed within the
 * recognition window.
 * @internal
 */
export function applyFrequencyChange(
  ctx: ChangeContext,
  repository: RepositoryState,
  before: ScanFrequency,
  after: ScanFrequency,
): void {
  if (before === after) return;
  for (const image of repository.images.values()) {
    closeEnhancedScan(image, ctx.now);
    if (isScanned(after))
      openEnhancedScan(ctx.state, image, after, ctx.now, recognizedAt(image, ctx.now, ctx.options));
  }
}

/** @internal Rule E36: records one "ECR Scan Resource Change" event for the repositories whose frequency changed. */
export function recordResourceChange(
  ctx: ChangeContext,
  changes: ReadonlyArray<{ name: string; frequency: ScanFrequency; previous: ScanFrequency }>,
): void {
  if (changes.length === 0) return;
  const account = ctx.options.accountId;
  const event: ScanResourceChangeEvent = {
    version: '0',
    'detail-type': 'ECR Scan Resource Change',
    source: 'aws.ecr',
    account,
    region: ctx.region,
    time: new Date(ctx.now).toISOString(),
    resources: [],
    detail: {
      'action-type': 'SCAN_FREQUENCY_CHANGE',
      repositories: changes.map((c) => ({
        'repository-name': c.name,
        'repository-arn': `arn:aws:ecr:${ctx.region}:${account}:repository/${c.name}`,
        'scan-frequency': c.frequency,
        'previous-scan-frequency': c.previous,
      })),
      'resource-type': 'REPOSITORY',
      'scan-type': 'ENHANCED',
    },
  };
  ctx.state.resourceChanges.push({ seq: ctx.state.seq++, event });
}

/**
 * @internal The one way to change a registry's scan type and rules (rules C13, E12, E13, E36):
 * PutRegistryScanningConfiguration uses it, and so will Inspector2's Enable/Disable. Callers have validated the
 * rules (V5, V6). Every repository whose enhanced frequency changes ends its images' enhanced scans and, when it is
 * now scanned, starts new ones; an ENHANCED registry records the change as an event. Basic scans are untouched
 * (E30: switching back to BASIC shows them again).
 */
export function setRegistryScanning(
  ctx: ChangeContext,
  registry: RegistryState,
  scanType: ScanType,
  rules: readonly RegistryScanningRule[],
): void {
  if (scanType === 'ENHANCED') {
    if (registry.scanType !== 'ENHANCED' || registry.enhancedSince === undefined)
      registry.enhancedSince = ctx.now;
  } else {
    delete registry.enhancedSince;
  }
  const before = new Map<RepositoryState, ScanFrequency>();
  for (const repository of registry.repositories.values())
    before.set(repository, enhancedFrequency(registry, repository));
  registry.scanType = scanType;
  registry.rules = copyRules(rules);
  const changes: Array<{ name: string; frequency: ScanFrequency; previous: ScanFrequency }> = [];
  for (const repository of registry.repositories.values()) {
    const previous = before.get(repository) ?? 'MANUAL';
    const frequency = enhancedFrequency(registry, repository);
    applyFrequencyChange(ctx, repository, previous, frequency);
    if (scanType === 'ENHANCED' && frequency !== previous)
      changes.push({ name: repository.name, frequency, previous });
  }
  recordResourceChange(ctx, changes);
}

/** @internal Rule E36: a repository created in an ENHANCED registry that a rule scans announces its frequency. */
export function announceNewRepository(
  ctx: ChangeContext,
  registry: RegistryState,
  repository: RepositoryState,
): void {
  const frequency = enhancedFrequency(registry, repository);
  if (frequency === 'MANUAL') return;
  recordResourceChange(ctx, [{ name: repository.name, frequency, previous: 'MANUAL' }]);
}

/** @internal The enhanced frequency of a repository (MANUAL under BASIC), for scan on push. */
export function enhancedFrequencyOf(registry: RegistryState, repository: RepositoryState): ScanFrequency {
  return enhancedFrequency(registry, repository);
}
