/** Numbers and names fixed by Amazon Inspector2 (sources in docs/ecr-and-inspector.md and the rule catalogue). */
import type {
  EcrPullDateRescanDuration,
  EcrPullDateRescanMode,
  EcrRescanDuration,
} from './generated/shapes.js';

/**
 * @public `maxResults` of the paginated Inspector2 operations (the service model's ranges; rule S11). Without
 * `maxResults` a page holds `default` items (inferred: the model states no default).
 */
export const INSPECTOR2_PAGE_SIZE = {
  ListFindings: { min: 1, max: 100, default: 100 },
  ListCoverage: { min: 1, max: 200, default: 200 },
  ListFindingAggregations: { min: 1, max: 100, default: 100 },
} as const;

/** @public Decision D24: the ECR re-scan duration (push date) of an account that never set one. */
export const DEFAULT_RESCAN_DURATION: EcrRescanDuration = 'DAYS_14';
/** @public The pull-date re-scan duration of an account that never set one (inferred from the current docs). */
export const DEFAULT_PULL_DATE_RESCAN_DURATION: EcrPullDateRescanDuration = 'DAYS_14';
/** @public The pull-date re-scan mode of an account that never set one (inferred from the current docs). */
export const DEFAULT_PULL_DATE_RESCAN_MODE: EcrPullDateRescanMode = 'LAST_IN_USE_AT';

const DAY_MS = 86_400_000;

/**
 * @public Each ECR re-scan duration in milliseconds (`LIFETIME` is `Infinity`), for deciding when a CONTINUOUS_SCAN
 * image becomes SCAN_ELIGIBILITY_EXPIRED (decision D24).
 */
export const RESCAN_DURATION_MS: { readonly [D in EcrRescanDuration]: number } = {
  LIFETIME: Number.POSITIVE_INFINITY,
  DAYS_3: 3 * DAY_MS,
  DAYS_7: 7 * DAY_MS,
  DAYS_14: 14 * DAY_MS,
  DAYS_30: 30 * DAY_MS,
  DAYS_60: 60 * DAY_MS,
  DAYS_90: 90 * DAY_MS,
  DAYS_180: 180 * DAY_MS,
};
