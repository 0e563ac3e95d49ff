import { findingsFor } from '../findings/index.js';
import type { ResolvedSimulatorOptions, ScanCompletedEvent, SimulatorEvent } from '../glossary.js';
import type { OperationContext } from '../operations/context.js';
import { completesAt, finishedStatus } from '../state/scan-view.js';
import type { ImageState, RegistryState, RepositoryState, ScanRecord, SimState } from '../state/types.js';
import { enhancedEventsOf, type TimedEvent } from './enhanced-events.js';

/** Rule L8: the EventBridge "ECR Image Scan" event of one finished scan. */
function eventOf(
  options: ResolvedSimulatorOptions,
  region: string,
  repositoryName: string,
  image: ImageState,
  scan: ScanRecord,
): ScanCompletedEvent {
  const { status } = finishedStatus(image, options);
  const counts = status === 'COMPLETE' ? findingsFor(options.seed, image.digest, image.profile).counts : {};
  return {
    version: '0',
    'detail-type': 'ECR Image Scan',
    source: 'aws.ecr',
    account: options.accountId,
    region,
    time: new Date(completesAt(scan, image, options)).toISOString(),
    resources: [`arn:aws:ecr:${region}:${options.accountId}:repository/${repositoryName}`],
    detail: {
      'scan-status': status,
      'repository-name': repositoryName,
      'image-digest': image.digest,
      'image-tags': [...image.tags],
      'finding-severity-counts': { ...counts },
    },
  };
}

/** Every event of one image by `now`: its finished basic scans (L8) and its enhanced scans' (E34, E35). */
function imageEvents(
  registry: RegistryState,
  repository: RepositoryState,
  image: ImageState,
  now: number,
  options: ResolvedSimulatorOptions,
): TimedEvent[] {
  const found: TimedEvent[] = [];
  for (const scan of image.scans) {
    const at = completesAt(scan, image, options);
    if (at <= now) {
      found.push({
        at,
        seq: scan.seq,
        sub: 0,
        event: () => eventOf(options, registry.region, repository.name, image, scan),
      });
    }
  }
  if (image.enhancedScans?.length) found.push(...enhancedEventsOf(registry, repository, image, now, options));
  return found;
}

/**
 * Before an image is deleted: keeps the events it has had by now (its unfinished scans never finish).
 * @internal
 */
export function freezeEvents(
  ctx: OperationContext,
  registry: RegistryState,
  repository: RepositoryState,
  image: ImageState,
): void {
  for (const { seq, event } of imageEvents(registry, repository, image, ctx.now, ctx.options)) {
    ctx.state.frozenEvents.push({ seq, event: event() });
  }
}

/**
 * Rules L8, E34–E36: every event by `now`, in time order (then the order things happened), derived from the clock
 * when read. Moving the clock backwards hides the events of scans that have not finished at the new time (T1).
 * @internal
 */
export function deriveEvents(
  state: SimState,
  options: ResolvedSimulatorOptions,
  now: number,
): SimulatorEvent[] {
  const found: TimedEvent[] = [];
  const stored = [...state.frozenEvents, ...state.resourceChanges];
  for (const [i, { seq, event }] of stored.entries()) {
    const at = Date.parse(event.time);
    if (at <= now) found.push({ at, seq, sub: i, event: () => structuredClone(event) });
  }
  for (const registry of state.registries.values()) {
    for (const repository of registry.repositories.values()) {
      for (const image of repository.images.values())
        found.push(...imageEvents(registry, repository, image, now, options));
    }
  }
  found.sort((a, b) => a.at - b.at || a.seq - b.seq || a.sub - b.sub);
  return found.map((f) => f.event());
}
