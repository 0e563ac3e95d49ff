import { hashString } from '../internal/prng.js';

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/**
 * @internal Rule E19: `arn:aws:inspector2:<region>:<account>:finding/<32 lowercase hex>`, stable per (image,
 * vulnerability): the same seed, account, region, repository, digest and vulnerability id always give the same ARN.
 */
export function findingArn(
  seed: number | string,
  accountId: string,
  region: string,
  repositoryName: string,
  imageDigest: string,
  vulnerabilityId: string,
): string {
  const key = `${typeof seed}:${seed}\u0000${accountId}\u0000${region}\u0000${repositoryName}\u0000${imageDigest}\u0000${vulnerabilityId}`;
  const id = [0, 1, 2, 3].map((i) => hex8(hashString(`${i}\u0000${key}`))).join('');
  return `arn:aws:inspector2:${region}:${accountId}:finding/${id}`;
}
