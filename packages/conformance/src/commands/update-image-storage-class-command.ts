import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import {
  at,
  cliImageId,
  type EcrCommand,
  expectPrediction,
  type ImageAddress,
  resolveImage,
} from './command-support.js';

/** UpdateImageStorageClass: ARCHIVE (immediate) or STANDARD (restore through ACTIVATING), rule A1. */
export class UpdateImageStorageClassCommand implements EcrCommand {
  private printed: string | undefined;

  constructor(
    private readonly imageIndex: number,
    private readonly address: ImageAddress,
    private readonly target: 'ARCHIVE' | 'STANDARD',
  ) {}

  check(oracle: Readonly<Oracle>): boolean {
    return oracle.images.length > 0;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const { repositoryName, imageId, image } = resolveImage(oracle, this.imageIndex, this.address);
    this.printed = `aws ecr update-image-storage-class --repository-name ${repositoryName} --image-id ${cliImageId(imageId)} --target-storage-class ${this.target}`;
    const predicted = oracle.updateImageStorageClass(image, repositoryName, this.target);
    const actual = await system.call(this.printed, (api) =>
      api.updateImageStorageClass({ repositoryName, imageId, targetStorageClass: this.target }),
    );
    expectPrediction(this.printed, predicted, actual, (status, output) => {
      const got = at(output, 'imageStatus');
      return got === status ? undefined : `imageStatus ${status}`;
    });
  }

  toString(): string {
    return this.printed ?? `aws ecr update-image-storage-class # image #${this.imageIndex} ${this.target}`;
  }
}
