import type { EcrApi } from '@ecr-scan-sim/model';

/** One clock-free step: a call whose answer does not depend on how long scans take. */
export interface AwsStep {
  readonly name: string;
  run(api: EcrApi, repositoryName: string, digest: string): Promise<unknown>;
  /** What to compare on success: a projection stable across AWS and the simulator. */
  project?(output: unknown): unknown;
}

const status = (output: unknown) =>
  (output as { imageScanStatus?: { status?: string } }).imageScanStatus?.status;
const digests = (output: unknown) =>
  ((output as { imageDetails?: { imageDigest?: string }[] }).imageDetails ?? []).map((d) => d.imageDigest);

/** The clock-free subset, in order. The image is pushed between `push` and the steps after it. */
export const AWS_STEPS: readonly AwsStep[] = [
  {
    name: 'describe-images (empty repository)',
    run: (api, r) => api.describeImages({ repositoryName: r }),
    project: digests,
  },
  {
    name: 'create-repository again → RepositoryAlreadyExistsException',
    run: (api, r) => api.createRepository({ repositoryName: r }),
  },
  {
    name: 'describe-images of a missing repository → RepositoryNotFoundException',
    run: (api, r) => api.describeImages({ repositoryName: `${r}-missing` }),
  },
  {
    name: 'start-image-scan of a missing tag → ImageNotFoundException',
    run: (api, r) => api.startImageScan({ repositoryName: r, imageId: { imageTag: 'missing' } }),
  },
  {
    name: 'describe-image-scan-findings of a missing tag → ImageNotFoundException',
    run: (api, r) => api.describeImageScanFindings({ repositoryName: r, imageId: { imageTag: 'missing' } }),
  },
  {
    name: 'describe-images --image-ids of a missing tag → ImageNotFoundException',
    run: (api, r) => api.describeImages({ repositoryName: r, imageIds: [{ imageTag: 'missing' }] }),
  },
  { name: 'push', run: async () => undefined },
  {
    name: 'describe-images (one image)',
    run: (api, r) => api.describeImages({ repositoryName: r }),
    project: digests,
  },
  {
    name: 'describe-image-scan-findings of an image never scanned → ScanNotFoundException',
    run: (api, r, d) => api.describeImageScanFindings({ repositoryName: r, imageId: { imageDigest: d } }),
  },
  {
    name: 'start-image-scan → IN_PROGRESS',
    run: (api, r, d) => api.startImageScan({ repositoryName: r, imageId: { imageDigest: d } }),
    project: status,
  },
  {
    name: 'start-image-scan again → LimitExceededException (per image)',
    run: (api, r, d) => api.startImageScan({ repositoryName: r, imageId: { imageDigest: d } }),
  },
];
