import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { type EcrCommand, expectPrediction, REPOSITORIES } from './command-support.js';

/** CreateRepository, with or without the repository-level scanOnPush. */
export class CreateRepositoryCommand implements EcrCommand {
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
    const predicted = oracle.createRepository(this.name, this.scanOnPush);
    const actual = await system.call(this.toString(), (api) =>
      api.createRepository({
        repositoryName: this.name,
        imageScanningConfiguration: { scanOnPush: this.scanOnPush },
      }),
    );
    expectPrediction(this.toString(), predicted, actual);
  }

  toString(): string {
    return `aws ecr create-repository --repository-name ${this.name} --image-scanning-configuration scanOnPush=${this.scanOnPush}`;
  }
}
