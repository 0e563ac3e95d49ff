import { MESSAGES } from '@ecr-scan-sim/model';

/**
 * The first sentence of the per-image quota text. Matching on it (not on the whole text) also recognises the
 * shorter form users have quoted ("The scan quota per image has been exceeded").
 */
const PER_IMAGE_PREFIX =
  MESSAGES.scanQuotaPerImage.template.split('.')[0] ?? MESSAGES.scanQuotaPerImage.template;

/** @internal A `LimitExceededException` of any kind (per image or account). */
export function isLimitExceeded(error: unknown): error is Error {
  return error instanceof Error && error.name === 'LimitExceededException';
}

/** @internal The per-image quota refusal (rule Q1): same exception name as the account quota, told apart by its text. */
export function isPerImageLimit(error: unknown): error is Error {
  return isLimitExceeded(error) && error.message.startsWith(PER_IMAGE_PREFIX);
}

/** @internal An error with this exception name (SDK exception classes and `EcrError` both set `name`). */
export function hasName(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}
