// ENHANCED scanning: the state diagram of an image and the side-by-side table of basic and enhanced scanning.
import { table } from './markdown.mjs';

export const ENHANCED_DIAGRAM = `\`\`\`mermaid
stateDiagram-v2
    state "No scan: ScanNotFoundException (E3, E4)" as None
    state "PENDING (E5)" as Pending
    state "COMPLETE (E6, E15)" as Complete
    state "ACTIVE (E2, E16)" as Active
    state "SCAN_ELIGIBILITY_EXPIRED (E10, E12)" as Expired
    state "UNSUPPORTED_IMAGE (E9)" as Unsupported

    [*] --> None: PutImage into a MANUAL repository (E3)
    [*] --> None: PutImage into a scanned repository, for ingestDelayMs (E4)
    None --> Pending: ingestDelayMs later (E5)
    Pending --> Complete: initialScanMs later, SCAN_ON_PUSH (E6)
    Pending --> Active: initialScanMs later, CONTINUOUS_SCAN (E2)
    Pending --> Unsupported: initialScanMs later, unsupported OS, index or artifact (E9)
    Active --> Active: every feed publication: findings added, timestamps advance (E16, E17)
    Active --> Expired: rescanDuration after the last push (E10)
    Expired --> Pending: a re-push of the digest (E11)
    [*] --> Expired: repository starts being scanned, image last pushed over 30 days ago (E12)
    [*] --> Pending: repository starts being scanned, image pushed within 30 days (E12)

    note right of Complete
        For findingsLagMs, COMPLETE and ACTIVE come with empty lists and no counts (E7).
        A frequency change starts the scan again (E13); MANUAL or BASIC ends it (E30).
    end note
    note right of Expired
        Findings stay as last seen. StartImageScan is refused throughout:
        ValidationException "This feature is disabled" (E1).
    end note
\`\`\``;

const ROWS = [
  [
    'Who scans',
    'ECR, on push or on StartImageScan',
    'Amazon Inspector, on its own (StartImageScan refused, E1)',
  ],
  [
    'What is scanned',
    'repositories with scanOnPush or a SCAN_ON_PUSH rule (C7)',
    'repositories a rule matches; all without rules (C6, C8)',
  ],
  ['Quotas', '1 scan per image per 24 h; 100,000 per 24 h per registry (Q1, Q4)', 'none (E30)'],
  [
    'Statuses',
    'IN_PROGRESS → COMPLETE / FAILED (L1–L4)',
    'PENDING → COMPLETE / ACTIVE / UNSUPPORTED_IMAGE → SCAN_ELIGIBILITY_EXPIRED (E5–E12)',
  ],
  ['Before the scan is visible', '`scanRecordDelayMs` (L6)', '`enhanced.ingestDelayMs` (E4)'],
  [
    'Findings list',
    '`imageScanFindings.findings` (F1)',
    '`imageScanFindings.enhancedFindings`, next to `findings: []` (E25)',
  ],
  ['Severities', 'CRITICAL … INFORMATIONAL, UNDEFINED', 'CRITICAL … INFORMATIONAL, UNTRIAGED (E21, E26)'],
  [
    'Findings change over time',
    'only with a new scan (L7)',
    'CONTINUOUS_SCAN: at every feed publication while eligible (E16); SCAN_ON_PUSH: never (E15)',
  ],
  ['DescribeImages scan fields', 'CLAIR engine only (N1)', 'never (E29)'],
  [
    'Events',
    '"ECR Image Scan" (L8)',
    '"Inspector2 Scan", "Inspector2 Finding", "ECR Scan Resource Change" (E34–E36)',
  ],
  [
    'SDK waiter',
    'succeeds on COMPLETE, fails on FAILED',
    'succeeds under SCAN_ON_PUSH, times out under CONTINUOUS_SCAN (E32)',
  ],
];

export function renderBasicVsEnhanced() {
  return table(['', 'BASIC', 'ENHANCED'], ROWS);
}
