import { checkDigest } from './custom-rules.js';
import { imageDigest, imageTag, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal PutImage input (rules V1, V2): the manifest is 1–4,194,304 characters; a given digest must have the
 * `sha256:` form (whether it matches the manifest is the simulator's ImageDigestDoesNotMatchException).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImage.html
 */
export const putImageSpec: OperationSpec<'PutImage'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    imageManifest: { type: 'string', required: true, min: 1, max: 4_194_304 },
    imageManifestMediaType: { type: 'string' },
    imageTag,
    imageDigest,
  },
  custom: (input) => checkDigest('imageDigest', input.imageDigest),
};
