/**
 * The code of docs/recipes/testing-enhanced-findings.md (same code): a gate that reads ENHANCED (Amazon Inspector)
 * findings through `EcrApi`, so it runs against AWS and against the simulator. Kept here so the recipe is tested.
 */
import { allFindings, type ScanImageOptions, type ScanRef, scanImage } from '@ecr-scan-sim/client';
import type { EcrApi } from '@ecr-scan-sim/model';

/** Fails on a CRITICAL finding with a fix available, and on images Inspector does not (or no longer) scan. */
export async function enhancedGate(api: EcrApi, ref: ScanRef, options: ScanImageOptions = {}) {
  const result = await scanImage(api, ref, options); // waits through ScanNotFound and PENDING
  if (result.status !== 'COMPLETE' && result.status !== 'ACTIVE') {
    return { pass: false, reason: `scan ${result.status}` };
  }
  const fixable = result.enhancedFindings.filter((f) => f.severity === 'CRITICAL' && f.fixAvailable !== 'NO');
  return fixable.length > 0
    ? { pass: false, reason: `fixable CRITICAL: ${fixable.map((f) => f.title).join('; ')}` }
    : { pass: true, reason: `${result.enhancedFindings.length} findings, none fixable CRITICAL` };
}

/** The CVE ids of an image, over every page (`kind: 'enhanced'` walks `enhancedFindings`). */
export async function cveIds(api: EcrApi, ref: ScanRef): Promise<string[]> {
  const ids: string[] = [];
  for await (const f of allFindings(api, ref, { kind: 'enhanced' })) {
    ids.push(f.packageVulnerabilityDetails?.vulnerabilityId ?? '?');
  }
  return ids;
}
