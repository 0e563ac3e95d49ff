// "Which repositories are scanned": the effective scan configuration of a repository (decisions D19–D22).
import { code, table } from './markdown.mjs';

const rule = (id) => `[${id}](#rule-${id.toLowerCase()})`;

const DECISIONS = [
  ['ENHANCED', 'no rules at all', '`CONTINUOUS_SCAN`', '`*`', 'C8'],
  [
    'ENHANCED',
    'a `CONTINUOUS_SCAN` rule matches',
    '`CONTINUOUS_SCAN`',
    'that rule’s matching filters',
    'C6, C10',
  ],
  [
    'ENHANCED',
    'else a `SCAN_ON_PUSH` rule matches',
    '`SCAN_ON_PUSH`',
    'that rule’s matching filters',
    'C6, C10',
  ],
  [
    'ENHANCED',
    'no rule matches (the repository’s own scanOnPush is ignored)',
    '`MANUAL` (not scanned)',
    '`[]`',
    'C6',
  ],
  ['BASIC', 'a `SCAN_ON_PUSH` rule matches', '`SCAN_ON_PUSH`', 'that rule’s matching filters', 'C7, C10'],
  ['BASIC', 'else the repository’s own `scanOnPush` is true', '`SCAN_ON_PUSH`', '`[]`', 'C7, C10'],
  ['BASIC', 'otherwise', '`MANUAL`', '`[]`', 'C7'],
];

/** The section: decision table, filter table, precedence, and what BASIC's repository-level scanOnPush does. */
export function renderScanning(model) {
  const t = model.SCANNING_FILTER_TABLE;
  const filterTable = table(
    ['Filter', ...t.names.map((n) => code(n))],
    t.rows.map((r) => [code(r.filter), ...r.matches.map((m) => (m ? 'yes' : 'no'))]),
  );
  const limits = model.SCANNING_RULE_LIMITS;
  return `The registry's scanning configuration (PutRegistryScanningConfiguration: a scan type and at most
${limits.rules} rules of up to ${limits.filtersPerRule} WILDCARD filters) and the repository's own
\`imageScanningConfiguration.scanOnPush\` decide each repository's **effective scan frequency**. One function in the
simulator decides it (${rule('C3')}); scan on push and \`BatchGetRepositoryScanningConfiguration\` both read it, so
what that operation reports is what a push does.

${table(
  ['Scan type', 'When', 'Frequency', '`appliedScanFilters`', 'Rules'],
  DECISIONS.map(([a, b, c, d, ids]) => [a, b, c, d, ids.split(', ').map(rule).join(', ')]),
)}

**Filters** (${rule('C4')}, ${rule('C5')}): a filter **without** \`*\` matches every repository name that
*contains* it; a filter **with** \`*\` must match the whole name, \`*\` standing for zero or more characters. The table
of the AWS documentation (${t.source}), which the simulator and the conformance oracle are tested against:

${filterTable}

Matching is linear in the filter and the name, and no regular expression is ever built from a filter
(${rule('C14')}). Filters are validated first (${rule('V5')}): 1–255 characters of \`[a-z0-9._-/*]\`, no two
separators in a row, starting and ending with a letter, digit or \`*\`.

**Precedence.** Under ENHANCED, \`CONTINUOUS_SCAN\` beats \`SCAN_ON_PUSH\` whatever the order of the rules
(${rule('C6')}); when both rules have the winning frequency, the first in list order decides and its matching
filters are the applied ones (${rule('C11')}, inferred). A BASIC rule can only be \`SCAN_ON_PUSH\` and an ENHANCED one
\`SCAN_ON_PUSH\` or \`CONTINUOUS_SCAN\`; anything else (also \`MANUAL\`) is refused with InvalidParameterException and
changes nothing (${rule('V6')}).

**The repository's own \`scanOnPush\`** (the setting that predates registry rules) still counts under BASIC: a
repository with \`scanOnPush: true\` is scanned on push even when no rule matches it; BatchGet then reports
\`SCAN_ON_PUSH\` with no applied filters (${rule('C7')}, ${rule('C10')}). Under ENHANCED it has no effect. Registry
rules never change it: DescribeRepositories and BatchGet's \`scanOnPush\` always show the repository's own flag, even
for a \`CONTINUOUS_SCAN\` repository (${rule('C9')}). With BASIC scanning a new rule set acts on the next push only
(${rule('C15')}).

\`\`\`sh
aws ecr put-registry-scanning-configuration --scan-type BASIC \\
  --rules '[{"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"prod","filterType":"WILDCARD"}]}]'
aws ecr batch-get-repository-scanning-configuration --repository-names team/prod-api dev
# team/prod-api: SCAN_ON_PUSH, appliedScanFilters [{"filter":"prod"}]; dev: MANUAL, []
\`\`\``;
}
