/**
 * The ECR exception names of the error catalogue (catalogue.ts holds the message templates): every exception the
 * project can produce, with its fault and HTTP status. The compiler refuses a code without an entry.
 */

/** @public Who is at fault, as the SDK's `$fault`. */
export type ErrorFault = 'client' | 'server';

/** @public How sure we are of a text or a rule: `doc` (AWS docs or the service model), `observed`, `inferred`. */
export type Confidence = 'doc' | 'observed' | 'inferred';

/** @public One exception name. */
export interface ErrorEntry {
  readonly fault: ErrorFault;
  readonly httpStatus: number;
  /** When the project raises it. */
  readonly when: string;
}

/** @public Every exception name the project can produce. The compiler refuses a code without an entry. */
export const ERROR_CODES = {
  InvalidParameterException: {
    fault: 'client',
    httpStatus: 400,
    when: 'A member breaks a pattern, length, range or enum constraint, or members are combined in a way ECR refuses.',
  },
  LimitExceededException: {
    fault: 'client',
    httpStatus: 400,
    when: 'StartImageScan within the per-image window (and, with accountQuotaExceeded "exception", once the account window is full).',
  },
  RepositoryNotFoundException: {
    fault: 'client',
    httpStatus: 400,
    when: 'The repository does not exist in the (default or given) registry, or the registry is not hosted.',
  },
  RepositoryAlreadyExistsException: {
    fault: 'client',
    httpStatus: 400,
    when: 'CreateRepository with a name that exists.',
  },
  RepositoryNotEmptyException: {
    fault: 'client',
    httpStatus: 400,
    when: 'DeleteRepository without force on a repository that holds images.',
  },
  ImageNotFoundException: { fault: 'client', httpStatus: 400, when: 'The imageId matches no image.' },
  ImageAlreadyExistsException: {
    fault: 'client',
    httpStatus: 400,
    when: 'PutImage of a manifest and tag that are already there.',
  },
  ImageTagAlreadyExistsException: {
    fault: 'client',
    httpStatus: 400,
    when: 'PutImage moving a tag in an IMMUTABLE repository.',
  },
  ImageDigestDoesNotMatchException: {
    fault: 'client',
    httpStatus: 400,
    when: 'PutImage whose imageDigest is not the sha256 of the manifest.',
  },
  ScanNotFoundException: {
    fault: 'client',
    httpStatus: 400,
    when: 'DescribeImageScanFindings on an image never scanned (or not yet visible).',
  },
  UnsupportedImageTypeException: {
    fault: 'client',
    httpStatus: 400,
    when: 'StartImageScan on an image index, manifest list or non-image artifact.',
  },
  ImageArchivedException: {
    fault: 'client',
    httpStatus: 400,
    when: 'StartImageScan on an ARCHIVED or ACTIVATING image.',
  },
  ImageStorageClassUpdateNotSupportedException: {
    fault: 'client',
    httpStatus: 400,
    when: 'UpdateImageStorageClass on an image index or non-image artifact.',
  },
  ValidationException: {
    fault: 'client',
    httpStatus: 400,
    when: 'StartImageScan while the registry uses ENHANCED scanning.',
  },
  InvalidTagParameterException: {
    fault: 'client',
    httpStatus: 400,
    when: 'TagResource, UntagResource or CreateRepository with a tag key in the reserved aws: namespace (rule R9).',
  },
  TooManyTagsException: {
    fault: 'client',
    httpStatus: 400,
    when: 'A repository would carry more than 50 tags (rule R8).',
  },
  RepositoryPolicyNotFoundException: {
    fault: 'client',
    httpStatus: 400,
    when: 'GetRepositoryPolicy or DeleteRepositoryPolicy on a repository without a policy.',
  },
  LifecyclePolicyNotFoundException: {
    fault: 'client',
    httpStatus: 400,
    when: 'GetLifecyclePolicy or DeleteLifecyclePolicy on a repository without a lifecycle policy.',
  },
  RegistryPolicyNotFoundException: {
    fault: 'client',
    httpStatus: 400,
    when: 'GetRegistryPolicy or DeleteRegistryPolicy on a registry without a policy.',
  },
  ServerException: {
    fault: 'server',
    httpStatus: 500,
    when: 'Injected faults; an unexpected simulator bug.',
  },
  ThrottlingException: { fault: 'client', httpStatus: 400, when: 'Injected faults only.' },
  SerializationException: {
    fault: 'client',
    httpStatus: 400,
    when: 'The body is not JSON, or a member has the wrong JSON type.',
  },
  UnknownOperationException: {
    fault: 'client',
    httpStatus: 400,
    when: 'The x-amz-target header is missing or names no supported operation.',
  },
  MissingAuthenticationTokenException: {
    fault: 'client',
    httpStatus: 403,
    when: 'The server runs with --require-auth and the request is unsigned.',
  },
  RequestEntityTooLargeException: {
    fault: 'client',
    httpStatus: 413,
    when: 'The HTTP server received a body over its size limit.',
  },
} as const satisfies Record<string, ErrorEntry>;

/** @public */
export type EcrErrorCode = keyof typeof ERROR_CODES;
