import type { EcrApi, EnhancedImageScanFinding, ImageScanFinding } from '@ecr-scan-sim/model';
import type { AllFindingsOptions, ScanRef } from './glossary.js';
import { findingPages } from './internal/finding-pages.js';

/**
 * @public Every finding of an image's last scan, over all DescribeImageScanFindings pages, against any
 * {@link EcrApi} (the adapter or the simulator): the basic `findings`, or with `{ kind: 'enhanced' }` the
 * `enhancedFindings` of an ENHANCED registry (rule E33). Errors of the service (`ScanNotFoundException`, …) reject
 * the iteration.
 *
 * @example
 * for await (const f of allFindings(api, { repositoryName: 'web', imageId: { imageTag: 'v1' } })) console.log(f.name);
 */
export function allFindings(
  api: EcrApi,
  ref: ScanRef,
  options?: AllFindingsOptions & { kind?: 'basic' },
): AsyncGenerator<ImageScanFinding>;
/** @public The enhanced findings, over all pages. */
export function allFindings(
  api: EcrApi,
  ref: ScanRef,
  options: AllFindingsOptions & { kind: 'enhanced' },
): AsyncGenerator<EnhancedImageScanFinding>;
export async function* allFindings(
  api: EcrApi,
  ref: ScanRef,
  options: AllFindingsOptions = {},
): AsyncGenerator<ImageScanFinding | EnhancedImageScanFinding> {
  for await (const page of findingPages(api, ref, options.pageSize)) {
    if (options.kind === 'enhanced') yield* page.imageScanFindings?.enhancedFindings ?? [];
    else yield* page.imageScanFindings?.findings ?? [];
  }
}
