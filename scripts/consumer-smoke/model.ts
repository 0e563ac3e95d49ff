// Consumer check of @ecr-scan-sim/model: the catalogues and error factories resolve from the published package.
import { ecrErrors, isEcrError, RULES, ScanStatus } from '@ecr-scan-sim/model';
import { equal } from './assert.js';

export async function check(): Promise<string> {
  const error = ecrErrors.scanQuotaPerImage();
  equal(error.name, 'LimitExceededException');
  equal(error.message, 'The scan quota per image has been exceeded. Wait and try again.');
  equal(error.httpStatus, 400);
  equal(isEcrError(JSON.parse(JSON.stringify(error.toJSON()))), true);
  equal(ScanStatus.includes('LIMIT_EXCEEDED'), true);
  return `${RULES.length} rules, errors and statuses`;
}
