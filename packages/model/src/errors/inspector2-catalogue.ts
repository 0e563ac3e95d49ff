/**
 * The Amazon Inspector2 error catalogue: every exception the simulator's Inspector2 view can produce, with its
 * fault, HTTP status (restJson1 carries the status of the service model's `@httpError`) and the message templates.
 * One table per service (decision record 0018): the two services share names with different shapes and statuses
 * (Inspector2's ValidationException has `reason`/`fields`, its ThrottlingException is 429, its server fault is
 * InternalServerException), so each table stays total over its own codes and no ECR text can leak into an
 * Inspector2 answer.
 */
import type { Confidence, ErrorEntry } from './catalogue.js';

const MODEL = 'botocore inspector2 2020-06-08 service-2.json (@httpError)';
const REF = 'shared/reference/ecr-enhanced-scanning.md';

/** @public Every exception name the Inspector2 view can produce. The compiler refuses a code without an entry. */
export const INSPECTOR2_ERROR_CODES = {
  ValidationException: {
    fault: 'client',
    httpStatus: 400,
    when: 'A member breaks a constraint of the service model (reason FIELD_VALIDATION_FAILED), the body cannot be read (CANNOT_PARSE), or members are combined in a way Inspector2 refuses, such as a nextToken from another query (OTHER or FIELD_VALIDATION_FAILED).',
  },
  AccessDeniedException: {
    fault: 'client',
    httpStatus: 403,
    when: 'A call names an account other than the simulated one, or asks for an organisation feature a standalone account does not have.',
  },
  ResourceNotFoundException: { fault: 'client', httpStatus: 404, when: 'Injected faults only.' },
  ThrottlingException: { fault: 'client', httpStatus: 429, when: 'Injected faults only.' },
  InternalServerException: {
    fault: 'server',
    httpStatus: 500,
    when: 'Injected faults; an unexpected simulator bug.',
  },
  UnknownOperationException: {
    fault: 'client',
    httpStatus: 404,
    when: 'A request to the Inspector2 endpoint whose method and path name no served operation.',
  },
  RequestEntityTooLargeException: {
    fault: 'client',
    httpStatus: 413,
    when: 'The request body is over the dispatcher’s size limit.',
  },
  MissingAuthenticationTokenException: {
    fault: 'client',
    httpStatus: 403,
    when: 'The local endpoint runs with --require-auth and the request is not signed.',
  },
} as const satisfies Record<string, ErrorEntry>;

/** @public */
export type Inspector2ErrorCode = keyof typeof INSPECTOR2_ERROR_CODES;

/** @public One Inspector2 message template (`code: null` for texts that are not errors). */
export interface Inspector2MessageEntry {
  readonly code: Inspector2ErrorCode | null;
  readonly template: string;
  readonly confidence: Confidence | 'synthetic';
  readonly source: string;
}

/** @public Every Inspector2 message template, by id. `<name>` marks a placeholder. */
export const INSPECTOR2_MESSAGES = {
  validation: {
    code: 'ValidationException',
    template: '<count> validation <errors> detected: <details>',
    confidence: 'observed',
    source:
      'boto/boto3#4179 (ListFindings maxResults 123, 2024-06); hashicorp/terraform-provider-aws#33935 (Disable resourceTypes, 2023-10)',
  },
  validationDetail: {
    code: null,
    template: "Value at '<member>' failed to satisfy constraint: <constraint>",
    confidence: 'observed',
    source:
      'boto/boto3#4179 and hashicorp/terraform-provider-aws#33935: the value itself is not printed; several details are joined with "; " (the Coral format, inferred for more than one)',
  },
  cannotParse: {
    code: 'ValidationException',
    template: "Unable to parse the request: the value at '<member>' must be <expected>.",
    confidence: 'synthetic',
    source: `${MODEL}: ValidationExceptionReason CANNOT_PARSE; no public text`,
  },
  cannotParseBody: {
    code: 'ValidationException',
    template: 'Unable to parse the request body: it is not a JSON object.',
    confidence: 'synthetic',
    source: `${MODEL}: ValidationExceptionReason CANNOT_PARSE; no public text`,
  },
  invalidToken: {
    code: 'ValidationException',
    template:
      'The nextToken is not valid for this request. Send the nextToken returned by the previous call with the same parameters.',
    confidence: 'synthetic',
    source: `${REF} D32; no public text`,
  },
  unionOneMember: {
    code: null,
    template: 'Member must have exactly one member set',
    confidence: 'inferred',
    source: 'Smithy @union semantics (exactly one member); a constraint text in the Coral format',
  },
  unknownMember: {
    code: null,
    template: 'Member must be a known member of <shape>',
    confidence: 'synthetic',
    source:
      'no public text: botocore refuses unknown filter keys client-side ("Unknown parameter in filterCriteria")',
  },
  aggregationMismatch: {
    code: 'ValidationException',
    template:
      "The aggregationRequest member '<member>' does not match the aggregationType <aggregationType>.",
    confidence: 'synthetic',
    source: 'no public text',
  },
  nothingToUpdate: {
    code: 'ValidationException',
    template: 'At least one of ecrConfiguration or ec2Configuration must be provided.',
    confidence: 'synthetic',
    source: 'no public text',
  },
  foreignAccount: {
    code: 'AccessDeniedException',
    template:
      "The account '<accountId>' is not a member of the Amazon Inspector organization of account '<callerId>'.",
    confidence: 'synthetic',
    source: 'no public text (the simulated account is standalone)',
  },
  failureForeignAccount: {
    code: null,
    template:
      "The account '<accountId>' is not a member of the Amazon Inspector organization of account '<callerId>'.",
    confidence: 'synthetic',
    source: 'no public text: the errorMessage of a failedAccounts entry with errorCode ACCESS_DENIED',
  },
  notDelegatedAdmin: {
    code: 'AccessDeniedException',
    template: 'Only the delegated administrator of an organization can set updateConfigurationInheritance.',
    confidence: 'synthetic',
    source: 'no public text (the simulated account is standalone)',
  },
  throttling: {
    code: 'ThrottlingException',
    template: 'Rate exceeded',
    confidence: 'inferred',
    source: 'the common AWS throttling text (observed for other services); used for injected faults',
  },
  internalServer: {
    code: 'InternalServerException',
    template: 'An internal error occurred. Try again later.',
    confidence: 'synthetic',
    source: 'no public text; used for injected faults',
  },
  simulatorBug: {
    code: 'InternalServerException',
    template: '[ecr-scan-sim] internal error: <detail>. This is a bug in ecr-scan-sim; please report it.',
    confidence: 'synthetic',
    source: 'ecr-scan-sim',
  },
  unknownOperation: {
    code: 'UnknownOperationException',
    template: 'No Inspector2 operation is bound to <method> <path>.',
    confidence: 'synthetic',
    source:
      'smithy-lang/smithy#1368 (an AWS engineer: a request no protocol handler claims is a 404 UnknownOperationException); text not recorded',
  },
  requestTooLarge: {
    code: 'RequestEntityTooLargeException',
    template: 'The request body is larger than the limit of <limit> bytes.',
    confidence: 'synthetic',
    source: 'ecr-scan-sim dispatcher',
  },
  missingAuthenticationToken: {
    code: 'MissingAuthenticationTokenException',
    template: 'Missing Authentication Token',
    confidence: 'observed',
    source: 'the common AWS answer to unsigned requests (the same text as ECR’s)',
  },
  injectedFault: {
    code: null,
    template: '[ecr-scan-sim] injected fault: <detail>',
    confidence: 'synthetic',
    source: 'ecr-scan-sim fault injection for catalogue names without a fixed text',
  },
} as const satisfies Record<string, Inspector2MessageEntry>;

/** @public */
export type Inspector2MessageId = keyof typeof INSPECTOR2_MESSAGES;
