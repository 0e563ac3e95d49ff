import type { VulnerabilityRecord } from '../../findings/vulnerability-record.js';
import type { OperationContext } from '../../operations/context.js';

/**
 * The vulnerability records Inspector2 holds for the call's region: every current ENHANCED finding of every image
 * (rule S22), in image push order, then the generator's order. ListFindings and ListFindingAggregations render
 * and query these.
 *
 * @note **Phase 2 of issue 16 fills this in** from issue 14's ENHANCED findings generator (the same generator ECR's
 * `enhancedFindings` render, at the same clock time): for each repository whose effective frequency scans, for each
 * image whose enhanced scan has findings at `ctx.now`, map each generated finding onto a {@link VulnerabilityRecord}.
 * Until then the account holds no Inspector2 findings, which is what a registry without enhanced scan results shows.
 * @internal
 */
export function vulnerabilityRecordsOf(ctx: OperationContext): VulnerabilityRecord[] {
  const registry = ctx.state.registries.get(ctx.region);
  if (registry?.scanType !== 'ENHANCED') return [];
  return [];
}
