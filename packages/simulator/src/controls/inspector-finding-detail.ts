import type { EnhancedImageScanFinding } from '@ecr-scan-sim/model';
import type { VulnerabilityRecord as InspectorRecord } from '../findings/vulnerability-record.js';
import { type ExactImage, fromExact, fromGenerated } from '../inspector2/findings/from-enhanced.js';
import { renderInspectorFinding } from '../inspector2/findings/render-inspector-finding.js';
import type { ImageResource, VulnerabilityRecord } from '../vulnerabilities/record.js';

/** Event JSON carries timestamps as ISO text where the API has Dates. */
function withIsoTimes(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withIsoTimes);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) out[key] = withIsoTimes(member);
  return out;
}

/** The finding as it was when first observed (`lastObservedAt` = `updatedAt` = `firstObservedAt`), as an event. */
function asFirstObserved(record: InspectorRecord): Record<string, unknown> {
  record.lastObservedAt = record.firstObservedAt;
  record.updatedAt = record.firstObservedAt;
  return withIsoTimes(renderInspectorFinding(record)) as Record<string, unknown>;
}

/**
 * @internal The `detail` of an "Inspector2 Finding" event (rule E35): the finding exactly as Inspector2 ListFindings
 * renders it (rule S21: `inspectorScore`, `inspectorScoreDetails.adjustedCvss` with `cvssSource`,
 * `remediation.recommendation.Url`, `resources[].partition`/`region`, `epss`), shown as when first observed, with
 * timestamps as ISO text as events carry them.
 */
export function inspectorFindingDetail(
  record: VulnerabilityRecord,
  image: ImageResource,
): Record<string, unknown> {
  return asFirstObserved(fromGenerated(record, image));
}

/** @internal The same for an exact `enhancedFindings` item of a profile, on the image it was set on. */
export function inspectorDetailOfExact(
  finding: EnhancedImageScanFinding,
  image: ExactImage,
): Record<string, unknown> {
  return asFirstObserved(fromExact(finding, image));
}
