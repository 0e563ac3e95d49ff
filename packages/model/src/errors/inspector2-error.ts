import { type ErrorFault, formatMessage } from './catalogue.js';
import {
  INSPECTOR2_ERROR_CODES,
  INSPECTOR2_MESSAGES,
  type Inspector2ErrorCode,
  type Inspector2MessageId,
} from './inspector2-catalogue.js';

/** @public Inspector2's `ValidationExceptionReason`. */
export type Inspector2ValidationReason = 'CANNOT_PARSE' | 'FIELD_VALIDATION_FAILED' | 'OTHER';

/** @public One entry of a ValidationException's `fields`: the member path and what it broke. */
export interface Inspector2ValidationField {
  name: string;
  message: string;
}

/** @public The members an Inspector2 error carries on the wire besides `message` (from the service model). */
export interface Inspector2ErrorMembers {
  /** ValidationException only (required there by the model). */
  reason?: Inspector2ValidationReason;
  /** ValidationException only. */
  fields?: Inspector2ValidationField[];
  /** ThrottlingException and InternalServerException: sent as the `Retry-After` header. */
  retryAfterSeconds?: number;
}

/**
 * @public A modelled Inspector2 service error. `name` is the exception code the SDK surfaces, `$fault` and
 * `httpStatus` come from {@link INSPECTOR2_ERROR_CODES}; `members` are the error structure's other members
 * (ValidationException's `reason` and `fields`). Made by {@link inspector2Errors}, so its text is a catalogue text.
 */
export class Inspector2Error extends Error {
  override readonly name: Inspector2ErrorCode;
  readonly $fault: ErrorFault;
  readonly httpStatus: number;
  readonly members: Readonly<Inspector2ErrorMembers>;

  constructor(code: Inspector2ErrorCode, message: string, members: Inspector2ErrorMembers = {}) {
    super(message);
    this.name = code;
    this.$fault = INSPECTOR2_ERROR_CODES[code].fault;
    this.httpStatus = INSPECTOR2_ERROR_CODES[code].httpStatus;
    this.members = members;
  }

  /** Builds the error of a catalogue message id, filling its placeholders. */
  static of(
    id: Inspector2MessageId,
    params: Readonly<Record<string, string | number>> = {},
    members: Inspector2ErrorMembers = {},
  ): Inspector2Error {
    const entry = INSPECTOR2_MESSAGES[id];
    if (entry.code === null)
      throw new TypeError(`[ecr-scan-sim] message '${id}' is a message fragment, not an error`);
    return new Inspector2Error(entry.code, formatMessage(entry.template, params), members);
  }

  /** A plain JSON-safe view: `{ name, message, $fault, httpStatus, …members }`. */
  toJSON(): {
    name: Inspector2ErrorCode;
    message: string;
    $fault: ErrorFault;
    httpStatus: number;
  } & Inspector2ErrorMembers {
    return {
      name: this.name,
      message: this.message,
      $fault: this.$fault,
      httpStatus: this.httpStatus,
      ...this.members,
    };
  }
}

/** @public True for an {@link Inspector2Error}, also across package copies (checks the shape, not the prototype). */
export function isInspector2Error(value: unknown): value is Inspector2Error {
  if (value instanceof Inspector2Error) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { name?: unknown; message?: unknown; httpStatus?: unknown; members?: unknown };
  return (
    typeof v.name === 'string' &&
    Object.hasOwn(INSPECTOR2_ERROR_CODES, v.name) &&
    typeof v.message === 'string' &&
    typeof v.httpStatus === 'number' &&
    typeof v.members === 'object' &&
    v.members !== null
  );
}

const plural = (n: number): string => (n === 1 ? 'error' : 'errors');

/** @public Named constructors, one per message. */
export const inspector2Errors = {
  /**
   * The Coral validation message for one or more violations (`1 validation error detected: Value at 'maxResults'
   * failed to satisfy constraint: Member must have value less than or equal to 100`), `reason`
   * FIELD_VALIDATION_FAILED and one `fields` entry per violation.
   */
  validation: (violations: readonly Inspector2ValidationField[]): Inspector2Error => {
    const details = violations
      .map((v) =>
        formatMessage(INSPECTOR2_MESSAGES.validationDetail.template, {
          member: v.name,
          constraint: v.message,
        }),
      )
      .join('; ');
    return Inspector2Error.of(
      'validation',
      { count: violations.length, errors: plural(violations.length), details },
      { reason: 'FIELD_VALIDATION_FAILED', fields: violations.map((v) => ({ ...v })) },
    );
  },
  cannotParse: (member: string, expected: string) =>
    Inspector2Error.of(
      'cannotParse',
      { member, expected },
      { reason: 'CANNOT_PARSE', fields: [{ name: member, message: `must be ${expected}` }] },
    ),
  cannotParseBody: () => Inspector2Error.of('cannotParseBody', {}, { reason: 'CANNOT_PARSE', fields: [] }),
  invalidToken: () =>
    Inspector2Error.of(
      'invalidToken',
      {},
      {
        reason: 'FIELD_VALIDATION_FAILED',
        fields: [{ name: 'nextToken', message: 'not issued for a request with the same parameters' }],
      },
    ),
  aggregationMismatch: (member: string, aggregationType: string) =>
    Inspector2Error.of('aggregationMismatch', { member, aggregationType }, { reason: 'OTHER', fields: [] }),
  nothingToUpdate: () => Inspector2Error.of('nothingToUpdate', {}, { reason: 'OTHER', fields: [] }),
  foreignAccount: (accountId: string, callerId: string) =>
    Inspector2Error.of('foreignAccount', { accountId, callerId }),
  notDelegatedAdmin: () => Inspector2Error.of('notDelegatedAdmin'),
  throttling: () => Inspector2Error.of('throttling'),
  internalServer: () => Inspector2Error.of('internalServer'),
  simulatorBug: (detail: string) => Inspector2Error.of('simulatorBug', { detail }),
  unknownOperation: (method: string, path: string) =>
    Inspector2Error.of('unknownOperation', { method, path }),
  requestTooLarge: (limit: number) => Inspector2Error.of('requestTooLarge', { limit }),
  missingAuthenticationToken: () => Inspector2Error.of('missingAuthenticationToken'),
  /** Any catalogue code with its fixed text where it has one, else a marked injected-fault text. */
  byCode: (code: Inspector2ErrorCode, detail = 'forced by injectFault'): Inspector2Error => {
    if (code === 'ThrottlingException') return Inspector2Error.of('throttling');
    if (code === 'InternalServerException') return Inspector2Error.of('internalServer');
    const message = formatMessage(INSPECTOR2_MESSAGES.injectedFault.template, { detail });
    return new Inspector2Error(
      code,
      message,
      code === 'ValidationException' ? { reason: 'OTHER', fields: [] } : {},
    );
  },
} as const;
