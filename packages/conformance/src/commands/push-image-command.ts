import { profileOf } from '../fixtures/image-kinds.js';
import { buildManifest } from '../fixtures/manifests.js';
import type { Oracle } from '../model/oracle.js';
import type { ImageKind } from '../model/oracle-types.js';
import type { SystemUnderTest } from '../system/system.js';
import { at, type EcrCommand, expectPrediction, TAGS } from './command-support.js';

/**
 * PutImage of a fresh manifest of one kind (scannable image, unsupported OS, index, artifact), tagged or not.
 * The image's profile (its findings, or its unsupported-OS outcome) is then set on every simulator.
 */
export class PushImageCommand implements EcrCommand {
  private name = '';
  private readonly tag: string | undefined;
  private digest = '';

  constructor(
    private readonly repositoryIndex: number,
    tagIndex: number,
    private readonly kind: ImageKind,
  ) {
    this.tag = tagIndex < 0 ? undefined : TAGS[tagIndex % TAGS.length];
  }

  /** Pushes go to existing repositories (positionally); RepositoryNotFoundException is other commands' job. */
  check(oracle: Readonly<Oracle>): boolean {
    return oracle.repositories.size > 0;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const existing = [...oracle.repositories.keys()];
    this.name = existing[this.repositoryIndex % existing.length] ?? 'r1';
    const built = buildManifest(this.kind, `${this.name}/${oracle.images.length}/${this.kind}`);
    this.digest = built.digest;
    const predicted = oracle.pushImage(this.name, this.tag, this.kind, built.digest, {
      text: built.manifest,
      mediaType: built.mediaType,
    });
    const actual = await system.call(this.toString(), (api) =>
      api.putImage({
        repositoryName: this.name,
        imageManifest: built.manifest,
        imageManifestMediaType: built.mediaType,
        ...(this.tag === undefined ? {} : { imageTag: this.tag }),
      }),
    );
    expectPrediction(this.toString(), predicted, actual, (digest, output) => {
      const got = at(output, 'image', 'imageId', 'imageDigest');
      return got === digest ? undefined : `imageDigest ${digest}`;
    });
    if (!actual.ok) return;
    // like sim.pushImage: the profile is set right after PutImage, at the same clock time
    const ref = { repositoryName: this.name, imageDigest: built.digest };
    system.reference.setImageProfile(ref, profileOf(this.kind));
    system.twin?.simulator.setImageProfile(ref, profileOf(this.kind));
  }

  toString(): string {
    const tag = this.tag === undefined ? '' : ` --image-tag ${this.tag}`;
    const digest = this.digest === '' ? '' : ` # ${this.digest.slice(0, 19)}…`;
    const name = this.name === '' ? `<repository #${this.repositoryIndex}>` : this.name;
    return `aws ecr put-image --repository-name ${name}${tag} --image-manifest file://${this.kind}.json${digest}`;
  }
}
