/**
 * The error catalogue: every exception the project can produce, with its fault, HTTP status and the exact
 * message templates from `shared/reference/ecr-scan-semantics.md`. No message text lives anywhere else.
 *
 * Templates use `<name>` placeholders, filled by {@link formatMessage}. Each template carries the confidence
 * of its text: `observed` (pasted from a real AWS response), `doc`, or `synthetic` (our own words where AWS's
 * text is unknown; the docs flag these).
 */

import type { Confidence, EcrErrorCode } from './error-codes.js';

export {
  type Confidence,
  type EcrErrorCode,
  ERROR_CODES,
  type ErrorEntry,
  type ErrorFault,
} from './error-codes.js';

/** @public One message template. */
export interface MessageEntry {
  readonly code: EcrErrorCode | null;
  readonly template: string;
  readonly confidence: Confidence | 'synthetic';
  readonly source: string;
}

const REF = 'shared/reference/ecr-scan-semantics.md';
const ENH = 'shared/reference/ecr-enhanced-scanning.md';

/**
 * @public Every message template, by id. Error messages carry their exception `code`; scan status
 * descriptions have `code: null`.
 */
export const MESSAGES = {
  invalidParameter: {
    code: 'InvalidParameterException',
    template: "Invalid parameter at '<member>' failed to satisfy constraint: '<constraint>'",
    confidence: 'observed',
    source: `${REF} D13 (renovatebot/renovate ECR fixture; moto tests)`,
  },
  scanQuotaPerImage: {
    code: 'LimitExceededException',
    template: 'The scan quota per image has been exceeded. Wait and try again.',
    confidence: 'observed',
    source: `${REF} §1.4 (AWS CLI output quoted in public READMEs and user notes)`,
  },
  scanQuotaAccount: {
    code: 'LimitExceededException',
    template:
      "The basic scan quota of <limit> scans per 24 hours has been exceeded for the registry with id '<registryId>' in <region>. Wait and try again.",
    confidence: 'synthetic',
    source: `${REF} §1.5 (no public text; used only with accountQuotaExceeded: "exception")`,
  },
  repositoryNotFound: {
    code: 'RepositoryNotFoundException',
    template:
      "The repository with name '<repositoryName>' does not exist in the registry with id '<registryId>'",
    confidence: 'observed',
    source: `${REF} §3.2`,
  },
  repositoryAlreadyExists: {
    code: 'RepositoryAlreadyExistsException',
    template:
      "The repository with name '<repositoryName>' already exists in the registry with id '<registryId>'",
    confidence: 'observed',
    source: 'AWS CLI output in public issues; moto ecr/exceptions.py uses the same text',
  },
  repositoryNotEmpty: {
    code: 'RepositoryNotEmptyException',
    template:
      "The repository with name '<repositoryName>' in registry with id '<registryId>' cannot be deleted because it still contains images",
    confidence: 'observed',
    source: 'AWS CLI output in public issues; moto ecr/exceptions.py uses the same text',
  },
  imageNotFound: {
    code: 'ImageNotFoundException',
    template:
      "The image with imageId {imageDigest:'<imageDigest>', imageTag:'<imageTag>'} does not exist within the repository with name '<repositoryName>' in the registry with id '<registryId>'",
    confidence: 'observed',
    source: `${REF} §3.2 (body live-verified 2026-08-21; the literal 'null' stands for a member not given)`,
  },
  imageAlreadyExists: {
    code: 'ImageAlreadyExistsException',
    template:
      "Image with digest '<imageDigest>' and tag '<imageTag>' already exists in the repository with name '<repositoryName>' in registry with id '<registryId>'",
    confidence: 'inferred',
    source: 'moto ecr/exceptions.py (not verified against AWS)',
  },
  imageTagAlreadyExists: {
    code: 'ImageTagAlreadyExistsException',
    template:
      "The image tag '<imageTag>' already exists in the '<repositoryName>' repository and cannot be overwritten because the repository is immutable.",
    confidence: 'observed',
    source: 'docker push / AWS CLI output quoted in public issues',
  },
  imageDigestDoesNotMatch: {
    code: 'ImageDigestDoesNotMatchException',
    template:
      "The specified digest '<imageDigest>' does not match the digest '<computedDigest>' of the manifest",
    confidence: 'synthetic',
    source: 'no public text found',
  },
  scanNotFound: {
    code: 'ScanNotFoundException',
    template:
      "Image scan does not exist for the image with '{imageDigest:'<imageDigest>', imageTag:'<imageTag>'}' in the repository with name '<repositoryName>' in the registry with id '<registryId>'",
    confidence: 'observed',
    source: `${REF} §3.2 (botocore traceback in a public note; moto asserts the same format)`,
  },
  unsupportedImageType: {
    code: 'UnsupportedImageTypeException',
    template:
      "An artifact with media type '<mediaType>' cannot be scanned. For more information, see the Amazon ECR documentation.",
    confidence: 'observed',
    source: `${REF} §3.2 (alexjurkiewicz/ecr-scan-image#43; exception name inferred)`,
  },
  imageArchived: {
    code: 'ImageArchivedException',
    template: 'The specified image is archived and cannot be scanned.',
    confidence: 'doc',
    source: `${REF} D11 (the service model's documentation string)`,
  },
  storageClassUpdateNotSupported: {
    code: 'ImageStorageClassUpdateNotSupportedException',
    template: "The storage class of an artifact with media type '<mediaType>' cannot be updated.",
    confidence: 'synthetic',
    source: 'no public text found',
  },
  featureDisabled: {
    code: 'ValidationException',
    template: 'This feature is disabled',
    confidence: 'observed',
    source: `${REF} §3.2 (alexjurkiewicz/ecr-scan-image#44; exception type inferred)`,
  },
  invalidScanFrequency: {
    code: 'InvalidParameterException',
    template:
      "Invalid parameter at '<member>' failed to satisfy constraint: 'Member must be one of [<allowed>] when scanType is <scanType>'",
    confidence: 'synthetic',
    source: `${ENH} D21 (cross-member rule: BASIC rules scan on push only; the real text is not recorded, the D13 format is kept)`,
  },
  unsupportedAccountSetting: {
    code: 'InvalidParameterException',
    template:
      "Invalid parameter at 'name' failed to satisfy constraint: 'Member must be an account setting the simulator serves: [<names>]'",
    confidence: 'synthetic',
    source: `${ENH} D31 (AWS also has REGISTRY_POLICY_SCOPE and BLOB_MOUNTING, which ecr-scan-sim does not model)`,
  },
  serverError: {
    code: 'ServerException',
    template: 'An internal error occurred. Try again later.',
    confidence: 'synthetic',
    source: 'no public text found; used for injected faults',
  },
  simulatorBug: {
    code: 'ServerException',
    template: '[ecr-scan-sim] internal error: <detail>. This is a bug in ecr-scan-sim; please report it.',
    confidence: 'synthetic',
    source: 'ecr-scan-sim',
  },
  throttling: {
    code: 'ThrottlingException',
    template: 'Rate exceeded',
    confidence: 'observed',
    source: `${REF} §3.2 (iann0036/former2#11, another awsJson service)`,
  },
  injectedFault: {
    code: null,
    template: '[ecr-scan-sim] injected fault: <detail>',
    confidence: 'synthetic',
    source: 'ecr-scan-sim fault injection for catalogue names without a fixed text',
  },
  serializationType: {
    code: 'SerializationException',
    template: '<found> can not be converted to <expected>',
    confidence: 'inferred',
    source: 'Coral JSON deserializer wording seen across awsJson services',
  },
  serializationBody: {
    code: 'SerializationException',
    template: 'Start of structure or map found where not expected.',
    confidence: 'inferred',
    source: 'Coral JSON deserializer wording seen across awsJson services',
  },
  serializationParse: {
    code: 'SerializationException',
    template: 'The request body is not valid JSON.',
    confidence: 'synthetic',
    source: 'no public text found',
  },
  unknownOperation: {
    code: 'UnknownOperationException',
    template: 'The operation <target> is not supported by this endpoint.',
    confidence: 'synthetic',
    source: 'Coral answers an unknown target with UnknownOperationException; its text is not recorded',
  },
  unsupportedContentType: {
    code: 'UnknownOperationException',
    template:
      "The content type '<contentType>' is not supported by this endpoint. Send application/x-amz-json-1.1.",
    confidence: 'synthetic',
    source:
      'dynalite answers a foreign content type with 404 UnknownOperationException; AWS text not recorded',
  },
  missingAuthenticationToken: {
    code: 'MissingAuthenticationTokenException',
    template: 'Missing Authentication Token',
    confidence: 'observed',
    source: 'the common AWS answer to unsigned requests',
  },
  requestTooLarge: {
    code: 'RequestEntityTooLargeException',
    template: 'The request body is larger than the limit of <limit> bytes.',
    confidence: 'synthetic',
    source: 'ecr-scan-sim HTTP server',
  },
  repositoryPolicyNotFound: {
    code: 'RepositoryPolicyNotFoundException',
    template:
      "Repository policy does not exist for the repository with name '<repositoryName>' in the registry with id '<registryId>'",
    confidence: 'observed',
    source: 'aws-controllers-k8s/community#1873 (AWS CLI output); moto ecr/exceptions.py has the same text',
  },
  lifecyclePolicyNotFound: {
    code: 'LifecyclePolicyNotFoundException',
    template:
      "Lifecycle policy does not exist for the repository with name '<repositoryName>' in the registry with id '<registryId>'",
    confidence: 'observed',
    source: 'iann0036/former2#16 (AWS SDK error text); moto ecr/exceptions.py has the same text',
  },
  registryPolicyNotFound: {
    code: 'RegistryPolicyNotFoundException',
    template: "Registry policy does not exist in the registry with id '<registryId>'",
    confidence: 'inferred',
    source:
      'moto ecr/exceptions.py (same wording as the observed repository-policy text; not verified against AWS)',
  },
  tooManyTags: {
    code: 'TooManyTagsException',
    template:
      "The repository with name '<repositoryName>' in registry with id '<registryId>' would have <count> tags, over the limit of 50 tags per repository.",
    confidence: 'synthetic',
    source: 'no public text found; the limit of 50 is from the model documentation of TooManyTagsException',
  },
  reservedTagKey: {
    code: 'InvalidTagParameterException',
    template: "The tag key '<key>' is invalid: tag keys may not start with the reserved prefix 'aws:'.",
    confidence: 'synthetic',
    source: 'no public text found; the aws: prefix is reserved for AWS tags across services',
  },
  // --- failureReason texts of batch operations (not exceptions) ---
  failureImageNotFound: {
    code: null,
    template: 'Requested image not found',
    confidence: 'observed',
    source: 'AWS CLI batch-delete-image output quoted in public issues; moto uses the same text',
  },
  failureRepositoryNotFound: {
    code: null,
    template:
      "The repository with name '<repositoryName>' does not exist in the registry with id '<registryId>'",
    confidence: 'synthetic',
    source: `${ENH} §3.3, D22 (BatchGetRepositoryScanningConfiguration failureReason; the real text is not recorded, so the RepositoryNotFoundException text is reused)`,
  },
  failureMissingDigestAndTag: {
    code: null,
    template: 'Invalid request parameters: both tag and digest cannot be null',
    confidence: 'inferred',
    source: 'moto ecr/models.py batch_delete_image (not verified against AWS)',
  },
  failureInvalidImageDigest: {
    code: null,
    template:
      "Invalid request parameters: image digest should satisfy the regex '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+'",
    confidence: 'inferred',
    source:
      'moto ecr/models.py batch_delete_image (the code InvalidImageDigest is in the model enum; text not verified)',
  },
  failureTagDoesNotMatchDigest: {
    code: null,
    template: 'Invalid request parameters: image tag does not match digest',
    confidence: 'synthetic',
    source: 'no public text found; the code ImageTagDoesNotMatchDigest is in the model enum',
  },
  // --- scan status descriptions (D7, D3, D10) ---
  scanComplete: {
    code: null,
    template: 'The scan was completed successfully.',
    confidence: 'observed',
    source: `${REF} §2 (aws-cli example, Dynatrace docs). One 2026 AWS_NATIVE capture shows "The scan was completed." instead: a single source, so the default stays (ecr-enhanced-scanning.md, facts from real clients)`,
  },
  unsupportedOs: {
    code: null,
    template: 'UnsupportedImageError: The operating system and/or package manager are not supported.',
    confidence: 'observed',
    source: `${REF} §2 (aws-observability/aws-otel-collector#2193)`,
  },
  unsupportedOsVersion: {
    code: null,
    template: "UnsupportedImageError: The operating system '<os>' version '<version>' is not supported.",
    confidence: 'observed',
    source: `${REF} §2 (containers-roadmap#2028)`,
  },
  accountQuotaStatus: {
    code: null,
    template: 'The daily basic scan quota for this registry has been exceeded.',
    confidence: 'synthetic',
    source: `${REF} §1.5 (placeholder; no public text)`,
  },
  continuousScan: {
    code: null,
    template: 'Continuous scan is selected for image.',
    confidence: 'observed',
    source: `${REF} §2 (aws/aws-cli#6759; ${ENH} §1.2, APIREF 2025 example)`,
  },
  pendingScan: {
    code: null,
    template: 'Pending start of the image scan.',
    confidence: 'observed',
    source: `${ENH} §1.2 (alexjurkiewicz/ecr-scan-image PR #51, a full 2024 response)`,
  },
  scanEligibilityExpired: {
    code: null,
    template:
      'The image is no longer eligible for continuous scanning: it was not pushed within the re-scan duration. Push it again to resume scanning.',
    confidence: 'synthetic',
    source: `${ENH} §1.2, D24 (SCAN_ELIGIBILITY_EXPIRED has no recorded description)`,
  },
  unsupportedMediaType: {
    code: null,
    template: "UnsupportedImageError: The media type '<mediaType>' is not supported.",
    confidence: 'synthetic',
    source: `${ENH} §1.2 (UNSUPPORTED_IMAGE for "OS/media type unsupported by Inspector"; no recorded text for media types)`,
  },
  imageArchivedStatus: {
    code: null,
    template: 'The image is archived and cannot be scanned. Restore the image to scan it.',
    confidence: 'synthetic',
    source: `${REF} §2 (IMAGE_ARCHIVED has no recorded description)`,
  },
  // --- @ecr-scan-sim/client workflow texts (not ECR errors) ---
  scanWaitTimeout: {
    code: null,
    template:
      "[ecr-scan-sim] The scan of <image> in repository '<repositoryName>' did not settle within <deadlineMs> ms (last status: <status>). Raise deadlineMs, or check the image with DescribeImageScanFindings.",
    confidence: 'synthetic',
    source: '@ecr-scan-sim/client scanImage (ScanTimeoutError)',
  },
} as const satisfies Record<string, MessageEntry>;

/** @public */
export type MessageId = keyof typeof MESSAGES;

/**
 * @public Fills `<name>` placeholders in one pass; a missing parameter is left as `<name>` so a bug shows.
 * Values are inserted verbatim (never re-scanned), so user input cannot inject further placeholders.
 */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/<([a-zA-Z]+)>/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}
