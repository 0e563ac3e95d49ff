import type { ImageStatusFilter, TagStatus } from '@ecr-scan-sim/model';
import type { Oracle } from '../model/oracle.js';
import type { ImagePrediction } from '../model/oracle-types.js';
import type { SystemUnderTest } from '../system/system.js';
import { at, type EcrCommand, expectPrediction, REPOSITORIES } from './command-support.js';

/** DescribeImages of a repository, with or without the tagStatus and imageStatus filters (rules A4, I1, I2). */
export class DescribeImagesCommand implements EcrCommand {
  private readonly name: string;

  constructor(
    repositoryIndex: number,
    private readonly tagStatus: TagStatus | undefined,
    private readonly imageStatus: ImageStatusFilter | undefined,
  ) {
    this.name = REPOSITORIES[repositoryIndex % REPOSITORIES.length] ?? 'r1';
  }

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const predicted = oracle.describeImages(this.name, this.tagStatus, this.imageStatus);
    const filter = {
      ...(this.tagStatus === undefined ? {} : { tagStatus: this.tagStatus }),
      ...(this.imageStatus === undefined ? {} : { imageStatus: this.imageStatus }),
    };
    const actual = await system.call(this.toString(), (api) =>
      api.describeImages({
        repositoryName: this.name,
        ...(Object.keys(filter).length === 0 ? {} : { filter }),
      }),
    );
    expectPrediction(this.toString(), predicted, actual, (expected, output) => {
      const got = listed(output);
      return JSON.stringify(got) === JSON.stringify(expected)
        ? undefined
        : `images ${JSON.stringify(expected)}`;
    });
  }

  toString(): string {
    const parts: string[] = [];
    if (this.tagStatus !== undefined) parts.push(`tagStatus=${this.tagStatus}`);
    if (this.imageStatus !== undefined) parts.push(`imageStatus=${this.imageStatus}`);
    const filter = parts.length === 0 ? '' : ` --filter ${parts.join(',')}`;
    return `aws ecr describe-images --repository-name ${this.name}${filter}`;
  }
}

function listed(output: unknown): ImagePrediction[] {
  const details = at(output, 'imageDetails');
  if (!Array.isArray(details)) return [];
  return details.map((d: unknown) => {
    const tags = at(d, 'imageTags');
    const scanStatus = at(d, 'imageScanStatus', 'status');
    return {
      digest: String(at(d, 'imageDigest')),
      tags: Array.isArray(tags) ? [...(tags as string[])].sort() : [],
      imageStatus: at(d, 'imageStatus') as ImagePrediction['imageStatus'],
      scanStatus: typeof scanStatus === 'string' ? scanStatus : undefined,
    };
  });
}
