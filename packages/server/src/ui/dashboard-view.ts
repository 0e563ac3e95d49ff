import type { ImageDetail } from '@ecr-scan-sim/model';
import { type EcrSimulator, FakeClock, type ScanCompletedEvent } from '@ecr-scan-sim/simulator';
import type { ControllableClock } from '../glossary.js';
import { OffsetClock } from '../offset-clock.js';
import type { CallView, DashboardView, ImageView, RegistryView, RepositoryView } from './dashboard-types.js';
import { faultsView } from './faults-view.js';
import { scanFrequencies } from './scan-frequencies.js';

/** @internal How much of the state one view carries. */
export interface DashboardLimits {
  /** Images listed per repository (ECR's listing order: push time, then digest). */
  imagesPerRepository: number;
}

/** Calls and events listed (the most recent ones). */
const RECENT = 50;
/** Slices of the account window's chart: half an hour each for the default 24 h. */
const SLICES = 48;
/** Characters of a call's input JSON shown. */
const INPUT_CHARS = 300;

const ms = (date: Date | undefined): number | null => (date === undefined ? null : date.getTime());

function clockView(clock: ControllableClock): DashboardView['clock'] {
  const epochMs = clock.now();
  const mode = clock instanceof OffsetClock ? 'wall' : clock instanceof FakeClock ? 'fake' : 'custom';
  return {
    now: new Date(epochMs).toISOString(),
    epochMs,
    mode,
    offsetMs: clock instanceof OffsetClock ? clock.offsetMs : null,
  };
}

/** What DescribeImageScanFindings shows for the image, with no findings generated; `null`: no scan (rule L5). */
function scanOf(sim: EcrSimulator, region: string, repositoryName: string, imageDigest: string) {
  const view = sim.inspect.imageScan({ region, repositoryName, imageDigest });
  if (view?.status === undefined) return null;
  return {
    status: view.status,
    description: view.description ?? null,
    completedAt: view.completedAt ?? null,
    severityCounts: { ...(view.severityCounts ?? {}) } as Record<string, number>,
  };
}

function imageView(sim: EcrSimulator, region: string, detail: ImageDetail): ImageView {
  const repositoryName = detail.repositoryName ?? '';
  const digest = detail.imageDigest ?? '';
  const window = sim.inspect.imageWindow({ region, repositoryName, imageDigest: digest });
  return {
    digest,
    tags: [...(detail.imageTags ?? [])],
    pushedAt: ms(detail.imagePushedAt),
    sizeInBytes: detail.imageSizeInBytes ?? null,
    mediaType: detail.imageManifestMediaType ?? '',
    artifactMediaType: detail.artifactMediaType ?? null,
    imageStatus: detail.imageStatus ?? 'ACTIVE',
    scan: scanOf(sim, region, repositoryName, digest),
    window: {
      lastScanStartedAt: window?.lastScanStartedAt ?? null,
      nextScanAllowedAt: window?.nextScanAllowedAt ?? null,
      allowedNow: window?.allowedNow ?? true,
    },
  };
}

function registryView(sim: EcrSimulator, region: string, limits: DashboardLimits): RegistryView {
  const context = { region };
  const config = sim.inspect.read('GetRegistryScanningConfiguration', {}, context).scanningConfiguration;
  const repositories = [];
  let nextToken: string | undefined;
  do {
    const page = sim.inspect.read('DescribeRepositories', { maxResults: 1000, nextToken }, context);
    repositories.push(...(page.repositories ?? []));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  const names = repositories.map((r) => r.repositoryName ?? '');
  const frequencies = scanFrequencies(sim, region, names);
  const repositoryViews = repositories.map((repository): RepositoryView => {
    const name = repository.repositoryName ?? '';
    const listed = sim.inspect.read(
      'DescribeImages',
      { repositoryName: name, filter: { imageStatus: 'ANY' }, maxResults: limits.imagesPerRepository },
      context,
    );
    const frequency = frequencies.get(name);
    return {
      name,
      uri: repository.repositoryUri ?? '',
      createdAt: ms(repository.createdAt),
      scanOnPush: repository.imageScanningConfiguration?.scanOnPush === true,
      imageTagMutability: repository.imageTagMutability ?? 'MUTABLE',
      scanFrequency: frequency?.scanFrequency ?? null,
      appliedScanFilters: frequency?.appliedScanFilters ?? null,
      images: (listed.imageDetails ?? []).map((detail) => imageView(sim, region, detail)),
      moreImages: listed.nextToken !== undefined,
    };
  });
  const quota = sim.inspect.accountWindow({ region, slices: SLICES });
  return {
    accountId: sim.options.accountId,
    region,
    scanType: config?.scanType ?? 'BASIC',
    rules: (config?.rules ?? []).map((rule) => ({
      scanFrequency: rule.scanFrequency ?? '',
      filters: (rule.repositoryFilters ?? []).map((f) => ({
        filter: f.filter ?? '',
        filterType: f.filterType ?? '',
      })),
    })),
    quota: {
      used: quota.used,
      limit: quota.limit,
      window: quota.window,
      from: quota.from,
      to: quota.to,
      nextFreeAt: quota.nextFreeAt ?? null,
      histogram: quota.histogram,
      sliceMs: (quota.to - quota.from) / SLICES,
    },
    repositories: repositoryViews,
  };
}

function inputText(input: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(input) ?? '';
  } catch {
    return '(not printable)';
  }
  return json.length > INPUT_CHARS ? `${json.slice(0, INPUT_CHARS)}…` : json;
}

function callsView(sim: EcrSimulator): DashboardView['calls'] {
  const calls = sim.calls;
  const recent: CallView[] = calls
    .slice(-RECENT)
    .reverse()
    .map((call) => ({
      operation: call.operation,
      region: call.region,
      at: call.at,
      ok: call.outcome.ok,
      error: call.outcome.ok ? null : { ...call.outcome.error },
      input: inputText(call.input),
    }));
  return { total: calls.length, recent };
}

/**
 * @internal Everything the dashboard shows, read through the simulator's public surface only: ECR's own read
 * operations via `sim.inspect.read` (so the page's polling records no call and consumes no injected fault) and
 * the inspector's quota and fault views. Read-only: building it changes nothing.
 */
export function buildDashboardView(
  sim: EcrSimulator,
  clock: ControllableClock,
  limits: DashboardLimits,
): DashboardView {
  const { options } = sim;
  // The activity table lists completed basic scans; enhanced events (Inspector2, resource changes) are in /_sim/events.
  const events = sim.events.filter((e): e is ScanCompletedEvent => e['detail-type'] === 'ECR Image Scan');
  return {
    clock: clockView(clock),
    account: {
      accountId: options.accountId,
      defaultRegion: options.region,
      quotas: { ...options.quotas },
      scanDurationMs: options.scanDurationMs,
      engine: options.engine,
      accountQuotaExceeded: options.accountQuotaExceeded,
    },
    registries: sim.inspect.regions().map((region) => registryView(sim, region, limits)),
    calls: callsView(sim),
    events: { total: events.length, recent: events.slice(-RECENT).reverse() },
    faults: faultsView(sim),
    limits: { imagesPerRepository: limits.imagesPerRepository, recent: RECENT },
  };
}
