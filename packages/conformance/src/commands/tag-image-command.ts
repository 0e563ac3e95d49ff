import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { at, type EcrCommand, expectPrediction, TAGS } from './command-support.js';

/**
 * PutImage of a manifest already in the repository with another tag (`docker tag` + `docker push`): several
 * tags on one digest then share one per-image quota (rule Q3). Only ACTIVE images: re-pushing an archived image
 * restores it, with a timing the reference leaves open.
 */
export class TagImageCommand implements EcrCommand {
  private printed: string | undefined;

  constructor(
    private readonly imageIndex: number,
    private readonly tagIndex: number,
  ) {}

  check(oracle: Readonly<Oracle>): boolean {
    const image = oracle.images[this.imageIndex % Math.max(1, oracle.images.length)];
    return image !== undefined && (oracle as Oracle).storageState(image) === 'ACTIVE';
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const image = oracle.images[this.imageIndex % oracle.images.length];
    if (!image) throw new Error('[conformance] TagImageCommand without images (check() guards this)');
    const tag = TAGS[this.tagIndex % TAGS.length] ?? 't1';
    this.printed = `aws ecr put-image --repository-name ${image.repositoryName} --image-tag ${tag} --image-manifest file://existing.json # ${image.digest.slice(0, 19)}…`;
    const predicted = oracle.tagImage(image, tag);
    const actual = await system.call(this.printed, (api) =>
      api.putImage({
        repositoryName: image.repositoryName,
        imageManifest: image.manifest.text,
        imageManifestMediaType: image.manifest.mediaType,
        imageTag: tag,
      }),
    );
    expectPrediction(this.printed, predicted, actual, (digest, output) => {
      const got = at(output, 'image', 'imageId', 'imageDigest');
      return got === digest ? undefined : `imageDigest ${digest}`;
    });
  }

  toString(): string {
    return this.printed ?? `aws ecr put-image # re-tag image #${this.imageIndex}`;
  }
}
