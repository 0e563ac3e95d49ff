import {
  type FindingSeverity,
  isEcrError,
  OperationName as OPERATION_NAMES,
  type OperationName,
  type OperationOutput,
  readValidInput,
} from '@ecr-scan-sim/model';
import { enhancedFindingsFor } from '../enhanced/enhanced-findings.js';
import { findingsFor } from '../findings/index.js';
import type {
  Clock,
  ImageRef,
  ReadOnlyOperationName,
  ResolvedSimulatorOptions,
  SimulatorInspector,
} from '../glossary.js';
import { cleanInput } from '../internal/clean-input.js';
import { OPERATIONS } from '../operations/index.js';
import { AccountWindow, windowAt } from '../state/account-window.js';
import { engineOf } from '../state/engine.js';
import { findImage } from '../state/lookup.js';
import { perImageAllowedFrom, perImageAllows } from '../state/quota.js';
import { shownScanAt } from '../state/shown-scan.js';
import type { SimState } from '../state/types.js';
import type { FaultInjector } from './faults.js';

/** What the inspector reads; getters, because `reset()` replaces the state and the fault injector. */
interface InspectorSources {
  state: () => SimState;
  faults: () => FaultInjector;
  options: ResolvedSimulatorOptions;
  clock: Clock;
}

const READ_ONLY = /^(Describe|Get|List|BatchGet)[A-Z]/;

/** @internal Whether an operation only reads, by ECR's naming (the runtime side of `ReadOnlyOperationName`). */
export function isReadOnlyOperation(name: string): name is ReadOnlyOperationName {
  return READ_ONLY.test(name) && OPERATION_NAMES.includes(name as OperationName);
}

/**
 * @internal `sim.inspect`: read-only views over the live state at `clock.now()`. Every view delegates to the code the
 * operations use (the account window, the per-image window, the operation table), so nothing here can disagree
 * with what a call would see, and nothing here writes.
 */
export function createInspector(sources: InspectorSources): SimulatorInspector {
  const { options, clock } = sources;
  /** The image a ref names (tag or digest, as in an imageId), with its registry. */
  const lookUp = (ref: ImageRef) => {
    const region = ref.region ?? options.region;
    const registry = sources.state().registries.get(region);
    const repository = registry?.repositories.get(ref.repositoryName);
    const image =
      repository && findImage(repository, { imageDigest: ref.imageDigest, imageTag: ref.imageTag });
    return registry && image ? { region, registry, image } : undefined;
  };
  return {
    regions() {
      return [...new Set([...sources.state().registries.keys(), options.region])].sort();
    },
    read(operation, input, context) {
      if (!isReadOnlyOperation(operation)) {
        throw new TypeError(
          `[ecr-scan-sim] inspect.read runs read-only operations only (Describe…, Get…, List…, BatchGet…), got ${String(operation)}; use sim.call for the others`,
        );
      }
      // The same validation, and the same input the operation runs on, as `sim.call`.
      const checked = readValidInput(operation, input);
      if (isEcrError(checked)) throw checked;
      const run = OPERATIONS[operation] as (
        ctx: unknown,
        input: unknown,
      ) => OperationOutput<typeof operation>;
      const ctx = {
        state: sources.state(),
        options,
        now: clock.now(),
        region: context?.region ?? options.region,
      };
      return run(ctx, checked.exact ? checked.value : cleanInput(input ?? {}));
    },
    accountWindow({ region = options.region, slices = 24 } = {}) {
      if (!Number.isSafeInteger(slices) || slices < 1 || slices > 1000) {
        throw new TypeError(
          `[ecr-scan-sim] inspect.accountWindow: slices must be an integer 1–1000, got ${slices}`,
        );
      }
      const now = clock.now();
      const { quotas } = options;
      const window = sources.state().registries.get(region)?.accountWindow ?? new AccountWindow();
      return {
        region,
        used: window.count(now, quotas),
        limit: quotas.accountScanLimit,
        window: quotas.window,
        ...windowAt(now, quotas),
        nextFreeAt: window.nextFreeAt(now, quotas),
        histogram: window.histogram(now, quotas, slices),
      };
    },
    imageWindow(ref) {
      const found = lookUp(ref);
      if (!found) return undefined;
      const { region, image } = found;
      return {
        region,
        repositoryName: ref.repositoryName,
        imageDigest: image.digest,
        lastScanStartedAt: image.lastAcceptedStart,
        nextScanAllowedAt: perImageAllowedFrom(image, options.quotas),
        allowedNow: perImageAllows(image, clock.now(), options.quotas),
      };
    },
    imageScan(ref) {
      const found = lookUp(ref);
      if (!found) return undefined;
      const { region, registry, image } = found;
      // The same view and counts as DescribeImageScanFindings (shownScanAt, findingsFor / enhancedFindingsFor),
      // minus the page.
      const now = clock.now();
      const view = shownScanAt(registry, image, now, options);
      const base = {
        region,
        repositoryName: ref.repositoryName,
        imageDigest: image.digest,
        status: view?.status,
        description: view?.description,
      };
      if (view?.scanType === 'ENHANCED') {
        const evaluation = view.evaluation;
        if (evaluation === undefined) return { ...base, completedAt: undefined, severityCounts: undefined };
        const set = enhancedFindingsFor(options, region, ref.repositoryName, image, evaluation);
        return {
          ...base,
          completedAt: evaluation.evaluatedAt,
          severityCounts: { ...set.counts } as Partial<Record<FindingSeverity, number>>,
        };
      }
      const completedAt = view?.findingsCompletedAt;
      return {
        ...base,
        completedAt,
        severityCounts:
          completedAt === undefined
            ? undefined
            : {
                ...findingsFor(options.seed, image.digest, image.profile, engineOf(registry, options)).counts,
              },
      };
    },
    faults() {
      return sources.faults().list();
    },
  };
}
