/**
 * Rule S23: the AWS partition of a region, as ARNs and Inspector2's `Resource.partition` name it.
 * @internal
 */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  return 'aws';
}

/** @internal Rule D26: the ARN of an image, as both services' `resources[0].id` spell it. */
export function imageArn(region: string, registryId: string, repositoryName: string, digest: string): string {
  return `arn:${partitionOf(region)}:ecr:${region}:${registryId}:repository/${repositoryName}/${digest}`;
}

/** @internal The ARN of a repository. */
export function repositoryArn(region: string, registryId: string, repositoryName: string): string {
  return `arn:${partitionOf(region)}:ecr:${region}:${registryId}:repository/${repositoryName}`;
}
