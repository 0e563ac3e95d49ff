/**
 * The scan gate of docs/recipes/testing-a-scan-gate.md (same code): written against `EcrApi`, so the same function
 * runs against AWS (through `EcrScanClient`) and against the simulator. Kept here so the recipe is tested.
 */
import { type ScanImageOptions, type ScanRef, scanImage } from '@ecr-scan-sim/client';
import type { EcrApi } from '@ecr-scan-sim/model';

export interface GateVerdict {
  pass: boolean;
  reason: string;
}

/** Fails on any CRITICAL or HIGH finding, on a scan that did not complete, and when no scan could run. */
export async function scanGate(
  api: EcrApi,
  ref: ScanRef,
  options: ScanImageOptions = {},
): Promise<GateVerdict> {
  const result = await scanImage(api, ref, options);
  if (result.quota === 'account-limit') {
    return { pass: false, reason: 'the account scan quota is spent: no scan ran, retry later' };
  }
  if (result.status !== 'COMPLETE') {
    return { pass: false, reason: `scan ${result.status}: ${result.description ?? 'no description'}` };
  }
  const blocking = (result.severityCounts.CRITICAL ?? 0) + (result.severityCounts.HIGH ?? 0);
  const reused = result.quota === 'per-image-limit' ? ' (last scan reused)' : '';
  return blocking > 0
    ? { pass: false, reason: `${blocking} CRITICAL/HIGH findings${reused}` }
    : { pass: true, reason: `no CRITICAL/HIGH findings${reused}` };
}
