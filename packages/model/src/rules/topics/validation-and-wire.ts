/** Input validation, registries, the awsJson1_1 wire, time and findings. Part of the one rule catalogue (`RULES` in ../catalogue.ts), in documentation order. */
import type { Rule } from '../rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const REF = 'shared/reference/ecr-scan-semantics.md';
const ENH = 'shared/reference/ecr-enhanced-scanning.md';

export const VALIDATION_AND_WIRE_RULES = [
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
  {
    id: 'V10',
    statement:
      'imageTagMutabilityExclusionFilters go with, and only with, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION (CreateRepository, PutImageTagMutability); otherwise InvalidParameterException on imageTagMutabilityExclusionFilters.',
    source: 'moto ecr/models.py (text); the pairing follows the API reference of ImageTagMutability',
    confidence: 'inferred',
  },
  {
    id: 'V5',
    statement:
      "PutRegistryScanningConfiguration takes at most 2 rules of 0–100 filters; a filter is 1–255 characters matching ^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$ with filterType WILDCARD (the model's constraints, in the V1 format).",
    source: `${API}/API_PutRegistryScanningConfiguration.html; botocore ecr service-2.json`,
    confidence: 'doc',
    decision: 'D21',
  },
  {
    id: 'V6',
    statement:
      "A BASIC rule's scanFrequency must be SCAN_ON_PUSH, an ENHANCED rule's SCAN_ON_PUSH or CONTINUOUS_SCAN (never MANUAL): else InvalidParameterException on rules.N.member.scanFrequency with a synthetic constraint text; a refused Put changes nothing.",
    source: `${API}/API_RegistryScanningRule.html; ${ENH} D21 (error text not recorded)`,
    confidence: 'doc',
    decision: 'D21',
  },
  {
    id: 'V7',
    statement:
      'BatchGetRepositoryScanningConfiguration takes 1–25 repositoryNames, each a valid repository name (a bad item is reported on the list, wrapped).',
    source: `${API}/API_BatchGetRepositoryScanningConfiguration.html`,
    confidence: 'doc',
    decision: 'D22',
  },
  {
    id: 'V8',
    statement:
      'GetAccountSetting and PutAccountSetting take a name of 1–64 characters; names other than BASIC_SCAN_TYPE_VERSION are InvalidParameterException (synthetic text: AWS also has REGISTRY_POLICY_SCOPE and BLOB_MOUNTING, not modelled).',
    source: `${API}/API_GetAccountSetting.html; ${ENH} D31`,
    confidence: 'inferred',
    decision: 'D31',
  },
  {
    id: 'V9',
    statement:
      'PutAccountSetting BASIC_SCAN_TYPE_VERSION takes AWS_NATIVE or CLAIR; anything else is InvalidParameterException "Member must satisfy enum value set: [AWS_NATIVE, CLAIR]" on member value.',
    source: `${API}/API_PutAccountSetting.html (botocore 1.43 lists AWS_NATIVE only; CLAIR kept for the engine option)`,
    confidence: 'inferred',
    decision: 'D31',
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
  {
    id: 'F2',
    statement: 'A deterministic 10% of generated findings have no description, as some real findings do.',
    source: 'aws/aws-cli#6759; a cultureamp fixture',
    confidence: 'observed',
    option: 'seed',
  },
  {
    id: 'F3',
    statement:
      'With the AWS_NATIVE engine generated attributes start with CVSS3_SCORE, then package_version and package_name (then CVSS3_VECTOR and any CVSS2 pair); CLAIR keeps package_name, package_version first.',
    source: 'turbot/steampipe-plugin-aws#2357 (AWS_NATIVE output, 2024-12)',
    confidence: 'observed',
    option: 'engine',
  },
] as const satisfies readonly Rule[];
