import type { EcrApi, ImageScanFinding } from '@ecr-scan-sim/model';
import type { AllFindingsOptions, ScanRef } from './glossary.js';
import { findingPages } from './internal/finding-pages.js';

/**
 * @public Every finding of an image's last scan, over all DescribeImageScanFindings pages, against any
 * {@link EcrApi} (the adapter or the simulator). Errors of the service (`ScanNotFoundException`, …) reject
 * the iteration.
 *
 * @example
 * for await (const f of allFindings(api, { repositoryName: 'web', imageId: { imageTag: 'v1' } })) console.log(f.name);
 */
export async function* allFindings(
  api: EcrApi,
  ref: ScanRef,
  options: AllFindingsOptions = {},
): AsyncGenerator<ImageScanFinding> {
  for await (const page of findingPages(api, ref, options.pageSize)) {
    yield* page.imageScanFindings?.findings ?? [];
  }
}
