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

/** StartImageScan of the image at a position, by digest, tag, both, or a missing tag. */
export class StartImageScanCommand implements EcrCommand {
  private printed: string | undefined;

  constructor(
    private readonly imageIndex: number,
    private readonly address: ImageAddress,
  ) {}

  check(oracle: Readonly<Oracle>): boolean {
    return oracle.images.length > 0;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const { repositoryName, imageId, image } = resolveImage(oracle, this.imageIndex, this.address);
    this.printed = `aws ecr start-image-scan --repository-name ${repositoryName} --image-id ${cliImageId(imageId)}`;
    const predicted = oracle.startImageScan(image, repositoryName);
    const actual = await system.call(this.printed, (api) => api.startImageScan({ repositoryName, imageId }));
    expectPrediction(this.printed, predicted, actual, (status, output) => {
      const got = at(output, 'imageScanStatus', 'status');
      return got === status ? undefined : `status ${status}`;
    });
  }

  toString(): string {
    return this.printed ?? `aws ecr start-image-scan # image #${this.imageIndex} by ${this.address}`;
  }
}
