import { hashString, hashWithBasis } from '../internal/prng.js';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Eight lower-case hex digits of an unsigned 32-bit number (a table, not `toString(16).padStart`). */
const hex8 = (n: number): string =>
  (HEX[(n >>> 24) & 255] as string) + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];

/**
 * @internal Rule E19: finding ARNs of one image resource, `arn:aws:inspector2:<region>:<account>:finding/<32 hex>`,
 * stable per (image, vulnerability): the same seed, account, region, repository, digest and vulnerability id always
 * give the same ARN. The image part is hashed once; each ARN then costs four short hashes of the vulnerability id.
 */
export function findingArns(
  seed: number | string,
  accountId: string,
  region: string,
  repositoryName: string,
  imageDigest: string,
): (vulnerabilityId: string) => string {
  const key = `${typeof seed}:${seed}\u0000${accountId}\u0000${region}\u0000${repositoryName}\u0000${imageDigest}`;
  const words = [0, 1, 2, 3].map((i) => hashString(`${i}\u0000${key}`));
  const prefix = `arn:aws:inspector2:${region}:${accountId}:finding/`;
  return (vulnerabilityId) => prefix + words.map((w) => hex8(hashWithBasis(vulnerabilityId, w))).join('');
}
