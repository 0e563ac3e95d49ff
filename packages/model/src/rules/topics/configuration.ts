/** Registry scanning configuration: rules, filters, effective frequencies and account settings. Part of the one rule catalogue (`RULES` in ../catalogue.ts), in documentation order. */
import type { Rule } from '../rule.js';

const API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const REF = 'shared/reference/ecr-scan-semantics.md';
const ENH = 'shared/reference/ecr-enhanced-scanning.md';

export const CONFIGURATION_RULES = [
  // --- Configuration ---
  {
    id: 'C1',
    statement:
      "With BASIC scanning a push is scanned when the repository's effective frequency (rule C7) is SCAN_ON_PUSH: its own scanOnPush is true or a registry SCAN_ON_PUSH rule has a filter matching its name (rules C4, C5).",
    source: `${REF} §5.1; ${ENH} D19`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C2',
    statement: 'A registry starts with BASIC scanning and no rules (manual frequency).',
    source: `${GUIDE}/image-scanning-basic.html ("By default, Amazon ECR enables basic scanning on all private registries.")`,
    confidence: 'doc',
  },
  {
    id: 'C3',
    statement:
      "One function decides a repository's effective scan configuration (frequency, deciding rule, applied filters) from the registry's scan type and rules and the repository's own scanOnPush; scan on push and BatchGetRepositoryScanningConfiguration both read it.",
    source: `${ENH} D19, §8.5`,
    confidence: 'doc',
    decision: 'D19',
  },
  {
    id: 'C4',
    statement:
      'A filter without `*` matches every repository name that contains it: `prod` matches prod, repo-prod, prod-repo, repo-prod-repo and prodrepo.',
    source: `${GUIDE}/image-scanning-filters.html (filter table); ${ENH} §3.4`,
    confidence: 'doc',
    decision: 'D20',
  },
  {
    id: 'C5',
    statement:
      'A filter with `*` matches the whole name, `*` standing for zero or more characters: `*prod` matches prod and repo-prod, not prod-repo; `prod*repo` matches prod-repo and prodrepo.',
    source: `${GUIDE}/image-scanning-filters.html (filter table); ${ENH} §3.4`,
    confidence: 'doc',
    decision: 'D20',
  },
  {
    id: 'C6',
    statement:
      "ENHANCED: a repository matched by a CONTINUOUS_SCAN rule is CONTINUOUS_SCAN, else one matched by a SCAN_ON_PUSH rule is SCAN_ON_PUSH, whatever the rule order; a repository no rule matches is MANUAL (not scanned). The repository's own scanOnPush plays no part.",
    source: `${GUIDE}/image-scanning-filters.html ("continuous scanning takes precedence"); ${ENH} §1.3`,
    confidence: 'doc',
    decision: 'D19',
  },
  {
    id: 'C7',
    statement:
      'BASIC: a repository is SCAN_ON_PUSH when a SCAN_ON_PUSH rule matches it or its own scanOnPush is true, else MANUAL.',
    source: `${REF} §5.1–5.2 ("Any repositories not matching a scan on push filter will be set to the manual scan frequency")`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C8',
    statement:
      'ENHANCED with no rules scans every repository continuously: each is CONTINUOUS_SCAN with the applied filter `*` (WILDCARD); GetRegistryScanningConfiguration still returns the rules as they were put (none).',
    source: `${ENH} §1.3 (UG22: no rules "sets the scanning configuration to continuous scanning for all repositories"), §3.3 (steampipe#1716: applied filter \`*\`)`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C9',
    statement:
      "Registry rules never change a repository's own imageScanningConfiguration.scanOnPush: DescribeRepositories and BatchGetRepositoryScanningConfiguration's scanOnPush report the repository's flag.",
    source: `${ENH} §1.3 (turbot/steampipe-plugin-aws#1716: scanOnPush false while the frequency is CONTINUOUS_SCAN)`,
    confidence: 'observed',
    decision: 'D19',
  },
  {
    id: 'C10',
    statement:
      'appliedScanFilters are the filters of the deciding rule that match the name, in rule order; [] for MANUAL and for a repository scanned on push by its own scanOnPush alone.',
    source: `${ENH} D22, §3.3 (steampipe#1716, PR #1719)`,
    confidence: 'inferred',
    decision: 'D22',
  },
  {
    id: 'C11',
    statement:
      'When both rules have the winning frequency and match, the first in list order decides (its filters are the applied ones).',
    source: `${ENH} §3.4 (undocumented; moto keeps the last match, which the docs' precedence contradicts)`,
    confidence: 'inferred',
    decision: 'D19',
  },
  {
    id: 'C12',
    statement:
      "BatchGetRepositoryScanningConfiguration answers, in request order, one scanningConfiguration per existing repository of the caller's registry (repositoryArn, repositoryName, scanOnPush, scanFrequency, appliedScanFilters) and one failure per unknown name (failureCode REPOSITORY_NOT_FOUND, a synthetic failureReason); both lists are always present.",
    source: `${API}/API_BatchGetRepositoryScanningConfiguration.html; ${ENH} D22`,
    confidence: 'doc',
    decision: 'D22',
  },
  {
    id: 'C13',
    statement:
      'PutRegistryScanningConfiguration replaces the scan type and every rule at once (a missing scanType is BASIC, missing rules none) and answers the configuration it stored; GetRegistryScanningConfiguration returns it.',
    source: `${API}/API_PutRegistryScanningConfiguration.html; ${ENH} §3.4 (moto#7402: "resetting on Put")`,
    confidence: 'doc',
  },
  {
    id: 'C14',
    statement:
      'Filter matching takes time linear in the filter and the name (no regular expression is built from input), so 255-character names and filters of stars answer at once.',
    source: 'ecr-scan-sim (a matcher property, not an AWS behaviour)',
    confidence: 'inferred',
    decision: 'D20',
  },
  {
    id: 'C15',
    statement:
      'With BASIC scanning a new rule set applies to the next push only: images already pushed keep the scans they had (a repository that stops matching keeps its findings; one that starts matching is not scanned retroactively).',
    source: `${ENH} §1.3 (scan on push is per push)`,
    confidence: 'inferred',
    decision: 'D19',
  },
] as const satisfies readonly Rule[];
