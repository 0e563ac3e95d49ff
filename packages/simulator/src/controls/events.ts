import { findingsFor } from '../findings/index.js';
import type { ResolvedSimulatorOptions, ScanCompletedEvent } from '../glossary.js';
import type { OperationContext } from '../operations/context.js';
import { completesAt, finishedStatus } from '../state/scan-view.js';
import type { ImageState, RepositoryState, ScanRecord, SimState } from '../state/types.js';

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

/**
 * Before an image is deleted: keeps the events of its scans finished by now (its unfinished scans never finish).
 * @internal
 */
export function freezeEvents(ctx: OperationContext, repository: RepositoryState, image: ImageState): void {
  for (const scan of image.scans) {
    if (completesAt(scan, image, ctx.options) <= ctx.now) {
      ctx.state.frozenEvents.push({
        seq: scan.seq,
        event: eventOf(ctx.options, ctx.region, repository.name, image, scan),
      });
    }
  }
}

/**
 * Rule L8: every scan finished by `now`, in completion-time order (then start order), derived from the clock
 * when read. Moving the clock backwards hides the events of scans that have not finished at the new time (T1).
 * @internal
 */
export function deriveEvents(
  state: SimState,
  options: ResolvedSimulatorOptions,
  now: number,
): ScanCompletedEvent[] {
  const found: Array<{ at: number; seq: number; event: () => ScanCompletedEvent }> = [];
  for (const { seq, event } of state.frozenEvents) {
    const at = Date.parse(event.time);
    if (at <= now) found.push({ at, seq, event: () => structuredClone(event) });
  }
  for (const registry of state.registries.values()) {
    for (const repository of registry.repositories.values()) {
      for (const image of repository.images.values()) {
        for (const scan of image.scans) {
          const at = completesAt(scan, image, options);
          if (at <= now) {
            found.push({
              at,
              seq: scan.seq,
              event: () => eventOf(options, registry.region, repository.name, image, scan),
            });
          }
        }
      }
    }
  }
  found.sort((a, b) => a.at - b.at || a.seq - b.seq);
  return found.map((f) => f.event());
}
