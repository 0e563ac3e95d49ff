/** The basic scan engine, pagination and image records. Part of the one rule catalogue (`RULES` in ../catalogue.ts), in documentation order. */
import type { Rule } from '../rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const REF = 'shared/reference/ecr-scan-semantics.md';
const ENH = 'shared/reference/ecr-enhanced-scanning.md';

export const FINDINGS_AND_PAGING_RULES = [
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
  {
    id: 'N2',
    statement:
      "GetAccountSetting BASIC_SCAN_TYPE_VERSION answers { name, value } with the registry's basic-scan engine: the `engine` option until PutAccountSetting changes it.",
    source: `${REF} §2.2 (classmethod: get-account-setting returns {"name":"BASIC_SCAN_TYPE_VERSION","value":"AWS_NATIVE"}); ${ENH} D31`,
    confidence: 'observed',
    decision: 'D31',
    option: 'engine',
  },
  {
    id: 'N3',
    statement:
      'PutAccountSetting BASIC_SCAN_TYPE_VERSION AWS_NATIVE or CLAIR switches the engine of that registry (account, region) at once and answers { name, value }: DescribeImages follows it (rule N1); scans already made stay as they are.',
    source: `${API}/API_PutAccountSetting.html; ${ENH} D31`,
    confidence: 'doc',
    decision: 'D31',
    option: 'engine',
  },
  {
    id: 'N4',
    statement:
      'The engine is registry state: each (account, region) has its own, snapshots keep it, reset() returns every registry to the `engine` option (which `sim.options.engine` keeps reporting).',
    source: `${GUIDE}/image-scanning-basic-enhanced.html (account settings are per Region)`,
    confidence: 'inferred',
    decision: 'D31',
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
  {
    id: 'I6',
    statement:
      'PutImage that would move a tag the repository protects (IMMUTABLE; IMMUTABLE_WITH_EXCLUSION outside its filters; MUTABLE_WITH_EXCLUSION inside them) is ImageTagAlreadyExistsException and changes nothing; a new tag is always accepted.',
    source: `${API}/API_PutImage.html; docker push / AWS CLI output quoted in public issues (message)`,
    confidence: 'observed',
  },
] as const satisfies readonly Rule[];
