import { ACCOUNT_SETTING_NAME_LENGTH, BASIC_SCAN_TYPE_VERSION } from '../constants.js';
import { type EcrError, ecrErrors } from '../errors/ecr-error.js';
import { BasicScanEngine } from '../types/enums.js';
import { CONSTRAINTS, constraintText } from './constraints.js';
import { required } from './members.js';
import type { OperationSpec, StringSpec } from './spec.js';

/** @internal AccountSettingName: 1–64 characters in the model (any name; the service knows a few). */
const accountSettingName: StringSpec = {
  type: 'string',
  min: ACCOUNT_SETTING_NAME_LENGTH.min,
  max: ACCOUNT_SETTING_NAME_LENGTH.max,
};

/** @internal The account settings the simulator serves (rule V8). */
export const SERVED_ACCOUNT_SETTINGS: readonly string[] = [BASIC_SCAN_TYPE_VERSION];

/** Rule V8: a name the simulator does not serve is InvalidParameterException (synthetic text). */
function checkName(name: string | undefined): EcrError | undefined {
  if (name === undefined || SERVED_ACCOUNT_SETTINGS.includes(name)) return undefined;
  return ecrErrors.unsupportedAccountSetting(SERVED_ACCOUNT_SETTINGS);
}

/**
 * @internal GetAccountSetting input (rule V8): `name` required, 1–64 characters, and BASIC_SCAN_TYPE_VERSION.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAccountSetting.html
 */
export const getAccountSettingSpec: OperationSpec<'GetAccountSetting'> = {
  members: { name: required(accountSettingName) },
  custom: (input) => checkName(input.name),
};

/**
 * @internal PutAccountSetting input (rules V8, V9): `name` and `value` required; the name must be
 * BASIC_SCAN_TYPE_VERSION and the value a basic-scan engine (`AWS_NATIVE` or `CLAIR`, in the D13 enum wording).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutAccountSetting.html
 */
export const putAccountSettingSpec: OperationSpec<'PutAccountSetting'> = {
  members: { name: required(accountSettingName), value: required({ type: 'string' }) },
  custom: (input) => {
    const byName = checkName(input.name);
    if (byName) return byName;
    const value = input.value as string;
    if ((BasicScanEngine as readonly string[]).includes(value)) return undefined;
    return ecrErrors.invalidParameter(
      'value',
      constraintText(CONSTRAINTS.enum, { values: [...BasicScanEngine].sort().join(', ') }),
    );
  },
};
