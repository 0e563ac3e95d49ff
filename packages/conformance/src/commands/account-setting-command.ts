import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { at, type EcrCommand, expectPrediction } from './command-support.js';

const NAME = 'BASIC_SCAN_TYPE_VERSION';

/**
 * GetAccountSetting, or PutAccountSetting of BASIC_SCAN_TYPE_VERSION to AWS_NATIVE, CLAIR or a value ECR refuses
 * (rules N2–N4, V9); DescribeImages commands then see the engine the oracle tracks (N1).
 */
export class AccountSettingCommand implements EcrCommand {
  constructor(private readonly put: string | undefined) {}

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const predicted = oracle.accountSetting(this.put);
    const put = this.put;
    const actual = await system.call(this.toString(), (api) =>
      put === undefined
        ? api.getAccountSetting({ name: NAME })
        : api.putAccountSetting({ name: NAME, value: put }),
    );
    expectPrediction(this.toString(), predicted, actual, (value, output) =>
      at(output, 'value') === value && at(output, 'name') === NAME
        ? undefined
        : `{ name: ${NAME}, value: ${value} }`,
    );
  }

  toString(): string {
    return this.put === undefined
      ? `aws ecr get-account-setting --name ${NAME}`
      : `aws ecr put-account-setting --name ${NAME} --value ${this.put}`;
  }
}
