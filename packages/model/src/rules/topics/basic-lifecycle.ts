/** The life cycle of a basic scan, archived images and images that cannot be scanned. Part of the one rule catalogue (`RULES` in ../catalogue.ts), in documentation order. */
import type { Rule } from '../rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const REF = 'shared/reference/ecr-scan-semantics.md';

export const BASIC_LIFECYCLE_RULES = [
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
] as const satisfies readonly Rule[];
