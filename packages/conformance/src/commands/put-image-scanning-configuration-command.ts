import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { type EcrCommand, expectPrediction, REPOSITORIES } from './command-support.js';

/** PutImageScanningConfiguration: turns the repository-level scanOnPush on or off. */
export class PutImageScanningConfigurationCommand implements EcrCommand {
  private readonly name: string;

  constructor(
    repositoryIndex: number,
    private readonly scanOnPush: boolean,
  ) {
    this.name = REPOSITORIES[repositoryIndex % REPOSITORIES.length] ?? 'r1';
  }

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const predicted = oracle.putImageScanningConfiguration(this.name, this.scanOnPush);
    const actual = await system.call(this.toString(), (api) =>
      api.putImageScanningConfiguration({
        repositoryName: this.name,
        imageScanningConfiguration: { scanOnPush: this.scanOnPush },
      }),
    );
    expectPrediction(this.toString(), predicted, actual);
  }

  toString(): string {
    return `aws ecr put-image-scanning-configuration --repository-name ${this.name} --image-scanning-configuration scanOnPush=${this.scanOnPush}`;
  }
}
