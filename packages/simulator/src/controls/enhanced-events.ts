import { EnhancedFindingSeverity } from '@ecr-scan-sim/model';
import { enhancedFindingsFor } from '../enhanced/enhanced-findings.js';
import { type Evaluation, feedClockOf } from '../enhanced/enhanced-view.js';
import type {
  Inspector2FindingEvent,
  Inspector2ScanEvent,
  ResolvedSimulatorOptions,
  SimulatorEvent,
} from '../glossary.js';
import { rescanMsOf } from '../state/inspector-configuration.js';
import { isUnsupportedOs } from '../state/scan-view.js';
import type { EnhancedScanRecord, ImageState, RegistryState, RepositoryState } from '../state/types.js';
import { inspectorDetailOfExact, inspectorFindingDetail } from './inspector-finding-detail.js';

/** @internal One derived event: its time, its order key, and a way to build it. */
export interface TimedEvent {
  at: number;
  seq: number;
  /** Order among events of one seq (a scan's findings). */
  sub: number;
  event: () => SimulatorEvent;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** When the scan's first results came and how far it was evaluated by `now` (undefined: no results, no events). */
function resultsOf(
  registry: RegistryState,
  image: ImageState,
  scan: EnhancedScanRecord,
  now: number,
  options: ResolvedSimulatorOptions,
): Evaluation | undefined {
  if (!scan.recognized || image.kind !== 'image' || isUnsupportedOs(image)) return undefined;
  const { ingestDelayMs, initialScanMs, findingsLagMs } = options.enhanced;
  const resultsAt = scan.startedAt + ingestDelayMs + initialScanMs + findingsLagMs;
  const end = Math.min(now, scan.endedAt ?? Number.POSITIVE_INFINITY);
  if (resultsAt > end) return undefined;
  const continuous = scan.frequency === 'CONTINUOUS_SCAN';
  if (!continuous) return { resultsAt, evaluatedAt: resultsAt, continuous };
  const rescanMs = rescanMsOf(registry, options);
  const expiresAt = (image.lastPushedAt ?? image.pushedAt) + rescanMs;
  return {
    resultsAt,
    evaluatedAt: feedClockOf(options).evaluatedAt(resultsAt, Math.min(end, expiresAt)),
    continuous,
  };
}

/**
 * Rules E34, E35: the events of an image's enhanced scans by `now`: one "Inspector2 Scan" when a scan's first results
 * are in (counts CRITICAL, HIGH, MEDIUM and TOTAL, zeros included), and one "Inspector2 Finding" per finding when it
 * is first observed (the first scan's at once, the feed's as they arrive). Unsupported and unrecognised images have
 * none.
 * @internal
 */
export function enhancedEventsOf(
  registry: RegistryState,
  repository: RepositoryState,
  image: ImageState,
  now: number,
  options: ResolvedSimulatorOptions,
): TimedEvent[] {
  const out: TimedEvent[] = [];
  const region = registry.region;
  const account = options.accountId;
  const repositoryArn = `arn:aws:ecr:${region}:${account}:repository/${repository.name}`;
  const imageArn = `${repositoryArn}/${image.digest}`;
  for (const scan of image.enhancedScans ?? []) {
    const evaluation = resultsOf(registry, image, scan, now, options);
    if (!evaluation) continue;
    const initial = enhancedFindingsFor(options, region, repository.name, image, {
      ...evaluation,
      evaluatedAt: evaluation.resultsAt,
    });
    const counts = initial.counts;
    const tags = [...image.tags];
    const scanEvent: Inspector2ScanEvent = {
      version: '0',
      'detail-type': 'Inspector2 Scan',
      source: 'aws.inspector2',
      account,
      region,
      time: iso(evaluation.resultsAt),
      resources: [repositoryArn],
      detail: {
        'scan-status': 'INITIAL_SCAN_COMPLETE',
        'repository-name': repositoryArn,
        'image-digest': image.digest,
        'image-tags': tags,
        'finding-severity-counts': {
          CRITICAL: counts.CRITICAL ?? 0,
          HIGH: counts.HIGH ?? 0,
          MEDIUM: counts.MEDIUM ?? 0,
          TOTAL: EnhancedFindingSeverity.reduce((sum, s) => sum + (counts[s] ?? 0), 0),
        },
        version: '1.0',
      },
    };
    out.push({ at: evaluation.resultsAt, seq: scan.seq, sub: 0, event: () => structuredClone(scanEvent) });
    const findings = enhancedFindingsFor(options, region, repository.name, image, evaluation);
    const findingEvent = (time: number, detail: Record<string, unknown>): Inspector2FindingEvent => ({
      version: '0',
      'detail-type': 'Inspector2 Finding',
      source: 'aws.inspector2',
      account,
      region,
      time: iso(time),
      resources: [imageArn],
      detail,
    });
    const set = findings.vulnerabilities;
    if (set) {
      const records = set.page(0, set.total);
      records.forEach((record, i) => {
        out.push({
          at: record.firstObservedAt,
          seq: scan.seq,
          sub: i + 1,
          event: () => findingEvent(record.firstObservedAt, inspectorFindingDetail(record, set.resource)),
        });
      });
    } else {
      findings.page(0, findings.total).forEach((finding, i) => {
        out.push({
          at: evaluation.resultsAt,
          seq: scan.seq,
          sub: i + 1,
          event: () =>
            findingEvent(
              evaluation.resultsAt,
              inspectorDetailOfExact(finding, {
                region,
                accountId: account,
                repositoryName: repository.name,
                imageDigest: image.digest,
                imageTags: image.tags,
                pushedAt: image.pushedAt,
              }),
            ),
        });
      });
    }
  }
  return out;
}
