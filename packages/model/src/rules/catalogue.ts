/**
 * The rule catalogue: every behaviour rule of the reference as data. Code cites the IDs in comments, test names
 * start with them (`it('Q1: ...')`), and `docs/scan-semantics.md` is generated from this table
 * (`pnpm docs:gen`), so a rule, its evidence and its tests are always found together.
 */
import { INSPECTOR2_RULES } from './inspector2-catalogue.js';
import type { Rule } from './rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const REF = 'shared/reference/ecr-scan-semantics.md';

/** @public Every rule, in documentation order. */
export const RULES = [
  // --- Quotas ---
  {
    id: 'Q1',
    statement:
      'StartImageScan is refused with LimitExceededException "The scan quota per image has been exceeded. Wait and try again." while less than 24 h have passed since the image\'s last accepted scan start (rolling window).',
    source: `${API}/API_StartImageScan.html; ${REF} §1.3–1.4`,
    confidence: 'doc',
    decision: 'D1',
    option: 'quotas.perImageWindowMs, quotas.window',
  },
  {
    id: 'Q2',
    statement:
      'A scan on push starts the per-image window like a manual scan does; a scan that ends FAILED or UNSUPPORTED_IMAGE still used its slot.',
    source: `${GUIDE}/manual-scan.html ("The 24 hours includes the initial scan on push")`,
    confidence: 'doc',
    decision: 'D1',
  },
  {
    id: 'Q3',
    statement: 'The per-image quota is keyed by manifest digest: several tags on one digest share one quota.',
    source: `${REF} §1.3`,
    confidence: 'inferred',
    decision: 'D1',
  },
  {
    id: 'Q4',
    statement:
      'At most 100,000 basic scans are accepted per rolling 24 h per (account, region); scans on push and StartImageScan both count.',
    source: `${GUIDE}/service-quotas.html; ${API}/API_StartImageScan.html`,
    confidence: 'doc',
    decision: 'D2',
    option: 'quotas.accountScanLimit, quotas.accountWindowMs, quotas.window',
  },
  {
    id: 'Q5',
    statement:
      "A push that would scan while the account window is full runs no scan: the image's scan status is LIMIT_EXCEEDED (synthetic description) and its per-image slot is not used.",
    source: `${REF} §1.5 (LIMIT_EXCEEDED added 2025-02-07 with the quota text)`,
    confidence: 'inferred',
    decision: 'D3',
  },
  {
    id: 'Q6',
    statement:
      'StartImageScan while the account window is full answers HTTP 200 with imageScanStatus.status LIMIT_EXCEEDED and consumes nothing; option "exception" throws LimitExceededException with a distinct synthetic message instead.',
    source: `${REF} §1.5, seeds/ecr-api-change-2025-02-07.txt`,
    confidence: 'inferred',
    decision: 'D4',
    option: 'accountQuotaExceeded',
  },
  {
    id: 'Q7',
    statement:
      'With window "utc-day" both quotas count per UTC calendar day instead of a rolling 24 h (moto\'s behaviour), for users who must match it.',
    source: 'getmoto/moto moto/ecr/models.py start_image_scan',
    confidence: 'inferred',
    decision: 'D1',
    option: 'quotas.window',
  },
  // --- Atomicity ---
  {
    id: 'X1',
    statement:
      'A rejected call changes nothing: no quota consumed, no partial push, the same answer on every SDK retry (the SDK tries LimitExceededException 3 times).',
    source: `${REF} §1.4 (SDK retries throttling errors)`,
    confidence: 'doc',
    decision: 'D5',
  },
  // --- Lifecycle ---
  {
    id: 'L1',
    statement: 'An accepted scan answers imageScanStatus { status: IN_PROGRESS } with no description.',
    source: `${REF} §2 (moto; real IN_PROGRESS text not found)`,
    confidence: 'inferred',
    decision: 'D7',
  },
  {
    id: 'L2',
    statement:
      'A scan is IN_PROGRESS for scanDurationMs of clock time (default 30 s), then reaches its outcome; the outcome is derived from clock.now() when observed.',
    source: `${REF} §2.1 (duration undocumented; tens of seconds in practice)`,
    confidence: 'inferred',
    decision: 'D6',
    option: 'scanDurationMs (and a per-image profile)',
  },
  {
    id: 'L3',
    statement: 'A successful scan is COMPLETE with description "The scan was completed successfully."',
    source: 'aws-cli awscli/examples/ecr/describe-image-scan-findings.rst',
    confidence: 'observed',
    decision: 'D7',
  },
  {
    id: 'L4',
    statement:
      'A scan of an unsupported OS ends FAILED with "UnsupportedImageError: The operating system and/or package manager are not supported." (or the OS/version form); option UNSUPPORTED_IMAGE reports that status instead.',
    source: 'aws-observability/aws-otel-collector#2193; aws/containers-roadmap#2028, #2489',
    confidence: 'observed',
    decision: 'D7',
    option: 'unsupportedOsStatus',
  },
  {
    id: 'L5',
    statement: 'DescribeImageScanFindings on an image never scanned throws ScanNotFoundException.',
    source: `${REF} §3.2 (botocore traceback in a public note)`,
    confidence: 'observed',
  },
  {
    id: 'L6',
    statement:
      'The scan record of a scan on push is visible at once; with scanRecordDelayMs it is ScanNotFoundException for that long after the push.',
    source: `${REF} §2.1 (a user note saw a short ScanNotFoundException window)`,
    confidence: 'inferred',
    decision: 'D15',
    option: 'scanRecordDelayMs',
  },
  {
    id: 'L7',
    statement:
      "While a rescan is IN_PROGRESS, or the status is LIMIT_EXCEEDED or IMAGE_ARCHIVED, the status shows the current state and imageScanFindings is the last completed scan's, if any.",
    source: `${GUIDE}/describe-scan-findings.html ("the last completed basic image scan")`,
    confidence: 'inferred',
    decision: 'D8',
  },
  {
    id: 'L8',
    statement:
      'Each completed basic scan emits one EventBridge-like "ECR Image Scan" event, in completion-time order, visible once the clock has passed its completion.',
    source: `${GUIDE}/image-scanning-basic.html ("Amazon ECR sends an event to Amazon EventBridge")`,
    confidence: 'doc',
  },
  // --- Archive ---
  {
    id: 'A1',
    statement:
      'UpdateImageStorageClass ARCHIVE is immediate (ARCHIVED); STANDARD restores through ACTIVATING for restoreDurationMs (default 20 min), then ACTIVE.',
    source: `${GUIDE}/archive-image.html`,
    confidence: 'inferred',
    decision: 'D11',
    option: 'restoreDurationMs',
  },
  {
    id: 'A2',
    statement:
      'StartImageScan on an ARCHIVED or ACTIVATING image throws ImageArchivedException "The specified image is archived and cannot be scanned."',
    source: `${GUIDE}/image-scanning.html ("Archived images cannot be scanned")`,
    confidence: 'doc',
    decision: 'D11',
  },
  {
    id: 'A3',
    statement:
      'DescribeImageScanFindings of an archived image reports status IMAGE_ARCHIVED, with the last findings if any.',
    source: `${REF} §5.3`,
    confidence: 'inferred',
    decision: 'D11',
  },
  {
    id: 'A4',
    statement:
      'DescribeImages without filter.imageStatus lists only ACTIVE images; the filter selects ARCHIVED, ACTIVATING or ANY.',
    source: `${API}/API_DescribeImagesFilter.html ("If not specified, only images with ACTIVE status are returned.")`,
    confidence: 'doc',
    decision: 'D11',
  },
  // --- Unscannable images ---
  {
    id: 'U1',
    statement:
      'StartImageScan on an image index or manifest list throws UnsupportedImageTypeException "An artifact with media type \'<mediaType>\' cannot be scanned. For more information, see the Amazon ECR documentation."',
    source: 'alexjurkiewicz/ecr-scan-image#43',
    confidence: 'observed',
    decision: 'D12',
  },
  {
    id: 'U2',
    statement:
      'A non-image artifact (a manifest whose config is not a container image config) is refused the same way, naming its artifact media type; a push never scans an index or artifact.',
    source: `${API}/API_StartImageScan.html (UnsupportedImageTypeException: "The image is of a type that cannot be scanned.")`,
    confidence: 'inferred',
    decision: 'D12',
  },
  // --- Enhanced ---
  {
    id: 'E1',
    statement:
      'With an ENHANCED registry, StartImageScan throws ValidationException "This feature is disabled".',
    source: 'alexjurkiewicz/ecr-scan-image#44',
    confidence: 'inferred',
    decision: 'D10',
  },
  {
    id: 'E2',
    statement:
      'With an ENHANCED registry, DescribeImageScanFindings answers ACTIVE "Continuous scan is selected for image." with empty enhancedFindings; enhanced scanning is otherwise not modelled.',
    source: 'aws/aws-cli#6759',
    confidence: 'observed',
    decision: 'D10',
  },
  // --- Configuration ---
  {
    id: 'C1',
    statement:
      "With BASIC scanning a push is scanned when the repository's scanOnPush is true or a registry SCAN_ON_PUSH rule's wildcard filter matches the repository name.",
    source: `${REF} §5.1 (interaction undocumented)`,
    confidence: 'inferred',
  },
  {
    id: 'C2',
    statement: 'A registry starts with BASIC scanning and no rules (manual frequency).',
    source: `${GUIDE}/image-scanning-basic.html ("By default, Amazon ECR enables basic scanning on all private registries.")`,
    confidence: 'doc',
  },
  // --- Engine ---
  {
    id: 'N1',
    statement:
      'With the AWS_NATIVE engine (the default) DescribeImages omits imageScanStatus and imageScanFindingsSummary; with CLAIR it fills both, consistent with DescribeImageScanFindings.',
    source: `${API}/API_DescribeImages.html; aws-exporters/ecr#12`,
    confidence: 'doc',
    decision: 'D9',
    option: 'engine',
  },
  // --- Pagination ---
  {
    id: 'P1',
    statement: 'maxResults is 1–1000; without it a page holds up to 100 items.',
    source: `${API}/API_DescribeImageScanFindings.html`,
    confidence: 'doc',
  },
  {
    id: 'P2',
    statement: 'The last page carries no nextToken (so SDK paginators end).',
    source: `${REF} §6.2`,
    confidence: 'doc',
  },
  {
    id: 'P3',
    statement:
      'A nextToken we did not issue, or issued for another query, is InvalidParameterException on member nextToken.',
    source: `${REF} D13`,
    confidence: 'inferred',
    decision: 'D13',
  },
  {
    id: 'P4',
    statement:
      'Every findings page repeats the status, timestamps and findingSeverityCounts of the whole scan; counts list only severities above zero.',
    source: `${REF} §4.2, §7 (Dynatrace sample; aws-cli example)`,
    confidence: 'observed',
  },
  {
    id: 'P5',
    statement: 'DescribeImages with imageIds and nextToken or maxResults is InvalidParameterException.',
    source: `${API}/API_DescribeImages.html ("This option cannot be used when you specify images with imageIds.")`,
    confidence: 'doc',
    decision: 'D13',
  },
  // --- Images ---
  {
    id: 'I1',
    statement: 'DescribeImages lists images in a stable order: push time, then digest.',
    source: `${REF} §4.1 (order undocumented)`,
    confidence: 'inferred',
  },
  {
    id: 'I2',
    statement: 'An untagged image omits imageTags rather than returning [].',
    source: 'getmoto/moto moto/ecr/responses.py comment on real AWS serialisation',
    confidence: 'observed',
  },
  {
    id: 'I3',
    statement:
      'DescribeImages with imageIds throws ImageNotFoundException for the first id that matches no image.',
    source: `${REF} §4.1, D14 (mixed found/missing is open)`,
    confidence: 'inferred',
    decision: 'D14',
  },
  {
    id: 'I4',
    statement:
      'PutImage stores the manifest under its sha256 digest, moves the tag to it, and starts a scan on push when configured (rule C1).',
    source: `${API}/API_PutImage.html`,
    confidence: 'doc',
  },
  {
    id: 'I5',
    statement:
      'An imageId naming both a digest and a tag must match one image; DescribeImageScanFindings and StartImageScan echo the members given, with the resolved digest.',
    source: `${REF} §4, §7`,
    confidence: 'inferred',
  },
  // --- Validation ---
  {
    id: 'V1',
    statement:
      "Malformed input is InvalidParameterException \"Invalid parameter at '<member>' failed to satisfy constraint: '<constraint>'\", first violation only, in a fixed order: JSON types, required members, constraints, cross-member rules.",
    source: `${REF} D13 (renovate fixture; moto; aws-actions/amazon-ecr-login)`,
    confidence: 'observed',
    decision: 'D13',
  },
  {
    id: 'V2',
    statement: "An imageDigest must be 'sha256:' and 64 lowercase hex digits.",
    source: `${REF} §4 (the model has no pattern; the service rejects malformed digests)`,
    confidence: 'inferred',
    decision: 'D13',
  },
  {
    id: 'V3',
    statement: 'An imageId with neither imageDigest nor imageTag is InvalidParameterException.',
    source: `${REF} §4`,
    confidence: 'inferred',
    decision: 'D13',
  },
  {
    id: 'V4',
    statement: 'A member of the wrong JSON type is SerializationException, as awsJson services answer.',
    source: 'Coral JSON deserializer behaviour across awsJson services',
    confidence: 'inferred',
  },
  // --- Registries ---
  {
    id: 'G1',
    statement:
      'Each (account, region) is its own registry with its own repositories and quota; defaults 123456789012 / us-east-1; a registryId we do not host is RepositoryNotFoundException.',
    source: `${GUIDE}/service-quotas.html (per account per Region)`,
    confidence: 'doc',
    decision: 'D16',
    option: 'accountId, region',
  },
  // --- Wire ---
  {
    id: 'W1',
    statement:
      'awsJson1_1 over POST /: errors are HTTP 400 (500 for ServerException) with body {"__type", "message"} and header x-amzn-ErrorType; every response has x-amzn-RequestId and content-type application/x-amz-json-1.1.',
    source: `${REF} §3.3`,
    confidence: 'doc',
    decision: 'D17',
  },
  {
    id: 'W2',
    statement: 'Timestamps are epoch seconds as JSON numbers; undefined members are omitted.',
    source: `${REF} §3.3 (ISO strings make the SDK throw)`,
    confidence: 'doc',
    decision: 'D17',
  },
  // --- Time ---
  {
    id: 'T1',
    statement:
      'The simulator reads time only from its injected clock and schedules no timers; moving the clock backwards never un-does accepted scans but can make windows and scans look younger.',
    source: `${REF} D18`,
    confidence: 'doc',
    decision: 'D18',
    option: 'clock',
  },
  // --- Findings ---
  {
    id: 'F1',
    statement:
      "Findings are a deterministic function of (seed, digest, profile): CVE-like names, a severity, string attributes package_name, package_version, CVSS3_SCORE, CVSS3_VECTOR, and the uri of the distribution's tracker.",
    source: `${REF} §7`,
    confidence: 'observed',
    option: 'seed, image profile',
  },
  // --- Amazon Inspector2 and restJson1 (S, W3–W9): rules/inspector2-catalogue.ts ---
  ...INSPECTOR2_RULES,
] as const satisfies readonly Rule[];

/** @public */
export type RuleId = (typeof RULES)[number]['id'];

/** @public The rule with an ID. */
export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new TypeError(`[ecr-scan-sim] unknown rule id '${id}'`);
  return rule;
}
