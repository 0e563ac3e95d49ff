/** Quotas and atomicity: the per-image and account scan quotas, and rejected calls changing nothing. Part of the one rule catalogue (`RULES` in ../catalogue.ts), in documentation order. */
import type { Rule } from '../rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const REF = 'shared/reference/ecr-scan-semantics.md';

export const QUOTA_RULES = [
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
] as const satisfies readonly Rule[];
