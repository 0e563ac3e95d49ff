import {
  type EcrErrorCode,
  ERROR_CODES,
  type ErrorFault,
  formatMessage,
  MESSAGES,
  type MessageId,
} from './catalogue.js';

/**
 * @public A modelled ECR service error. `name` is the exception code the SDK would surface (`error.name`),
 * `$fault` and `httpStatus` come from the catalogue. Every instance is made by {@link ecrErrors} or
 * {@link EcrError.of}, so its text is always a catalogue text.
 */
export class EcrError extends Error {
  override readonly name: EcrErrorCode;
  readonly $fault: ErrorFault;
  readonly httpStatus: number;

  constructor(code: EcrErrorCode, message: string) {
    super(message);
    this.name = code;
    this.$fault = ERROR_CODES[code].fault;
    this.httpStatus = ERROR_CODES[code].httpStatus;
  }

  /** Builds the error for a message id of the catalogue, filling its placeholders. */
  static of(id: MessageId, params: Readonly<Record<string, string | number>> = {}): EcrError {
    const entry = MESSAGES[id];
    if (entry.code === null)
      throw new TypeError(`[ecr-scan-sim] message '${id}' is a status description, not an error`);
    return new EcrError(entry.code, formatMessage(entry.template, params));
  }

  /** A plain JSON-safe view: `{ name, message, $fault, httpStatus }`. */
  toJSON(): { name: EcrErrorCode; message: string; $fault: ErrorFault; httpStatus: number } {
    return { name: this.name, message: this.message, $fault: this.$fault, httpStatus: this.httpStatus };
  }
}

/** @public True for an {@link EcrError}, also across package copies (checks the shape, not the prototype). */
export function isEcrError(value: unknown): value is EcrError {
  if (value instanceof EcrError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { name?: unknown; message?: unknown; $fault?: unknown; httpStatus?: unknown };
  return (
    typeof v.name === 'string' &&
    Object.hasOwn(ERROR_CODES, v.name) &&
    typeof v.message === 'string' &&
    (v.$fault === 'client' || v.$fault === 'server') &&
    typeof v.httpStatus === 'number'
  );
}

/** @public An image reference as ECR prints it in messages: a missing member is the literal `null`. */
export interface ImageRefParams {
  repositoryName: string;
  registryId: string;
  imageDigest?: string | undefined;
  imageTag?: string | undefined;
}

const orNull = (v: string | undefined): string => v ?? 'null';

/** @public Named constructors, one per message, with AWS's exact texts. */
export const ecrErrors = {
  invalidParameter: (member: string, constraint: string) =>
    EcrError.of('invalidParameter', { member, constraint }),
  scanQuotaPerImage: () => EcrError.of('scanQuotaPerImage'),
  scanQuotaAccount: (registryId: string, region: string, limit: number) =>
    EcrError.of('scanQuotaAccount', { registryId, region, limit }),
  repositoryNotFound: (repositoryName: string, registryId: string) =>
    EcrError.of('repositoryNotFound', { repositoryName, registryId }),
  repositoryAlreadyExists: (repositoryName: string, registryId: string) =>
    EcrError.of('repositoryAlreadyExists', { repositoryName, registryId }),
  repositoryNotEmpty: (repositoryName: string, registryId: string) =>
    EcrError.of('repositoryNotEmpty', { repositoryName, registryId }),
  imageNotFound: (ref: ImageRefParams) =>
    EcrError.of('imageNotFound', {
      ...ref,
      imageDigest: orNull(ref.imageDigest),
      imageTag: orNull(ref.imageTag),
    }),
  imageAlreadyExists: (ref: ImageRefParams) =>
    EcrError.of('imageAlreadyExists', {
      ...ref,
      imageDigest: orNull(ref.imageDigest),
      imageTag: orNull(ref.imageTag),
    }),
  imageTagAlreadyExists: (imageTag: string, repositoryName: string) =>
    EcrError.of('imageTagAlreadyExists', { imageTag, repositoryName }),
  imageDigestDoesNotMatch: (imageDigest: string, computedDigest: string) =>
    EcrError.of('imageDigestDoesNotMatch', { imageDigest, computedDigest }),
  scanNotFound: (ref: ImageRefParams) =>
    EcrError.of('scanNotFound', {
      ...ref,
      imageDigest: orNull(ref.imageDigest),
      imageTag: orNull(ref.imageTag),
    }),
  unsupportedImageType: (mediaType: string) => EcrError.of('unsupportedImageType', { mediaType }),
  imageArchived: () => EcrError.of('imageArchived'),
  storageClassUpdateNotSupported: (mediaType: string) =>
    EcrError.of('storageClassUpdateNotSupported', { mediaType }),
  featureDisabled: () => EcrError.of('featureDisabled'),
  repositoryPolicyNotFound: (repositoryName: string, registryId: string) =>
    EcrError.of('repositoryPolicyNotFound', { repositoryName, registryId }),
  lifecyclePolicyNotFound: (repositoryName: string, registryId: string) =>
    EcrError.of('lifecyclePolicyNotFound', { repositoryName, registryId }),
  registryPolicyNotFound: (registryId: string) => EcrError.of('registryPolicyNotFound', { registryId }),
  tooManyTags: (repositoryName: string, registryId: string, count: number) =>
    EcrError.of('tooManyTags', { repositoryName, registryId, count }),
  reservedTagKey: (key: string) => EcrError.of('reservedTagKey', { key }),
  invalidScanFrequency: (member: string, allowed: readonly string[], scanType: string) =>
    EcrError.of('invalidScanFrequency', { member, allowed: allowed.join(', '), scanType }),
  unsupportedAccountSetting: (names: readonly string[]) =>
    EcrError.of('unsupportedAccountSetting', { names: names.join(', ') }),
  serverError: () => EcrError.of('serverError'),
  simulatorBug: (detail: string) => EcrError.of('simulatorBug', { detail }),
  throttling: () => EcrError.of('throttling'),
  serializationType: (found: string, expected: string) =>
    EcrError.of('serializationType', { found, expected }),
  serializationBody: () => EcrError.of('serializationBody'),
  serializationParse: () => EcrError.of('serializationParse'),
  unknownOperation: (target: string) => EcrError.of('unknownOperation', { target }),
  unsupportedContentType: (contentType: string) => EcrError.of('unsupportedContentType', { contentType }),
  missingAuthenticationToken: () => EcrError.of('missingAuthenticationToken'),
  requestTooLarge: (limit: number) => EcrError.of('requestTooLarge', { limit }),
  /** Any catalogue code with its fixed text where it has one, else a marked injected-fault text. */
  byCode: (code: EcrErrorCode, detail = 'forced by injectFault'): EcrError => {
    const fixed: Partial<Record<EcrErrorCode, () => EcrError>> = {
      ServerException: () => EcrError.of('serverError'),
      ThrottlingException: () => EcrError.of('throttling'),
      LimitExceededException: () => EcrError.of('scanQuotaPerImage'),
      ImageArchivedException: () => EcrError.of('imageArchived'),
      ValidationException: () => EcrError.of('featureDisabled'),
      MissingAuthenticationTokenException: () => EcrError.of('missingAuthenticationToken'),
    };
    return fixed[code]?.() ?? new EcrError(code, formatMessage(MESSAGES.injectedFault.template, { detail }));
  },
} as const;

/** @public Scan status descriptions (D7, D23, D24). */
export const statusDescriptions = {
  complete: (): string => MESSAGES.scanComplete.template,
  unsupportedOs: (os?: string, version?: string): string =>
    os !== undefined && version !== undefined
      ? formatMessage(MESSAGES.unsupportedOsVersion.template, { os, version })
      : MESSAGES.unsupportedOs.template,
  accountQuota: (): string => MESSAGES.accountQuotaStatus.template,
  continuousScan: (): string => MESSAGES.continuousScan.template,
  pending: (): string => MESSAGES.pendingScan.template,
  eligibilityExpired: (): string => MESSAGES.scanEligibilityExpired.template,
  unsupportedMediaType: (mediaType: string): string =>
    formatMessage(MESSAGES.unsupportedMediaType.template, { mediaType }),
  imageArchived: (): string => MESSAGES.imageArchivedStatus.template,
} as const;
