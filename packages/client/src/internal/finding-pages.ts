import type { DescribeImageScanFindingsResponse, EcrApi } from '@ecr-scan-sim/model';
import type { ScanRef } from '../glossary.js';

/**
 * @internal Every DescribeImageScanFindings page from `nextToken` on (from the first page when it is
 * undefined). Stops on a missing or empty token, as the SDK paginator does (rule P2).
 */
export async function* findingPages(
  api: EcrApi,
  ref: ScanRef,
  pageSize: number | undefined,
  nextToken?: string,
): AsyncGenerator<DescribeImageScanFindingsResponse> {
  let token = nextToken;
  do {
    const page = await api.describeImageScanFindings({
      ...(ref.registryId === undefined ? {} : { registryId: ref.registryId }),
      repositoryName: ref.repositoryName,
      imageId: ref.imageId,
      ...(pageSize === undefined ? {} : { maxResults: pageSize }),
      ...(token === undefined ? {} : { nextToken: token }),
    });
    yield page;
    token = page.nextToken || undefined;
  } while (token !== undefined);
}
