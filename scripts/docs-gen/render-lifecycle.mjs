// The state diagram of a basic scan, the table of all ScanStatus values, and the two quota windows.
// The enhanced diagram and the basic-vs-enhanced table are in render-enhanced.mjs.
import { code, table } from './markdown.mjs';

export const STATE_DIAGRAM = `\`\`\`mermaid
stateDiagram-v2
    state "No scan yet: ScanNotFoundException (L5)" as NoScan
    state "IN_PROGRESS (L1, L2)" as InProgress
    state "COMPLETE (L3)" as Complete
    state "FAILED (L4)" as Failed
    state "UNSUPPORTED_IMAGE (L4, option)" as Unsupported
    state "LIMIT_EXCEEDED (Q5, Q6)" as LimitExceeded
    state "IMAGE_ARCHIVED (A3)" as Archived
    state "image ACTIVATING (A1, A2)" as Activating

    [*] --> NoScan: PutImage, no scan on push (I4, C1)
    [*] --> InProgress: PutImage with scan on push, account window has room (C1, Q4)
    [*] --> LimitExceeded: PutImage with scan on push, account window full (Q5)
    NoScan --> InProgress: StartImageScan, both windows have room (Q1, Q4)
    NoScan --> LimitExceeded: StartImageScan, account window full (Q6)
    InProgress --> Complete: scanDurationMs of clock time later (L2)
    InProgress --> Failed: same, unsupported OS (L4, default)
    InProgress --> Unsupported: same, unsupported OS, unsupportedOsStatus UNSUPPORTED_IMAGE (L4)
    Complete --> InProgress: StartImageScan 24 h or more after the last accepted start (Q1)
    Failed --> InProgress: StartImageScan 24 h or more after the last accepted start (Q1, Q2)
    Unsupported --> InProgress: StartImageScan 24 h or more after the last accepted start (Q1, Q2)
    Complete --> LimitExceeded: StartImageScan 24 h or more after the last start, account window full (Q6)
    LimitExceeded --> InProgress: StartImageScan once the account window has room (Q4)
    Complete --> Archived: UpdateImageStorageClass ARCHIVE (A1)
    Archived --> Activating: UpdateImageStorageClass STANDARD, or a re-push (A1)
    Activating --> Complete: restoreDurationMs later, back to the scan state it had (A1)

    note left of Complete
        StartImageScan less than 24 h after the last accepted start
        throws LimitExceededException and changes nothing (Q1, X1).
    end note
    note right of Archived
        Arrows from COMPLETE stand for every finished state (FAILED, UNSUPPORTED_IMAGE too).
        Any image can be archived, scanned or not; ACTIVATING still reads IMAGE_ARCHIVED.
        StartImageScan on ARCHIVED or ACTIVATING throws ImageArchivedException (A2).
    end note
\`\`\``;

/** When each of the ten `ScanStatus` values appears. Throws if the model gains a status this table lacks. */
const STATUS_ROWS = {
  IN_PROGRESS: ['basic', 'An accepted scan, for `scanDurationMs` of clock time.', 'L1, L2'],
  COMPLETE: [
    'both',
    'Basic: the scan finished. ENHANCED + SCAN_ON_PUSH: the one scan is done, for good.',
    'L3, E6, E15',
  ],
  FAILED: ['basic', 'The image OS or package manager is unsupported (default form).', 'L4'],
  UNSUPPORTED_IMAGE: [
    'both',
    'Basic: same, with `unsupportedOsStatus: "UNSUPPORTED_IMAGE"`. ENHANCED: an unsupported OS, an index or an artifact.',
    'L4, E9',
  ],
  LIMIT_EXCEEDED: [
    'basic',
    'Scan on push, or StartImageScan (default `accountQuotaExceeded: "status"`), while the account window is full.',
    'Q5, Q6',
  ],
  IMAGE_ARCHIVED: ['both', 'The image is ARCHIVED or ACTIVATING.', 'A1, A3, E31'],
  ACTIVE: [
    'enhanced',
    'CONTINUOUS_SCAN: monitored, re-evaluated at every feed publication while eligible.',
    'E2, E16',
  ],
  PENDING: [
    'enhanced',
    'Between the ingest delay and the end of the initial scan (`enhanced.initialScanMs`).',
    'E5',
  ],
  SCAN_ELIGIBILITY_EXPIRED: [
    'enhanced',
    'CONTINUOUS_SCAN past the re-scan duration since the last push, or an image not recognised when scanning began.',
    'E10, E12',
  ],
  FINDINGS_UNAVAILABLE: ['enhanced', 'Not modelled: never produced (no evidence of when ECR sends it).', '—'],
};

export function renderStatusTable(model) {
  const missing = model.ScanStatus.filter((s) => !Object.hasOwn(STATUS_ROWS, s));
  if (missing.length > 0)
    throw new Error(`[ecr-scan-sim] docs-gen has no row for ScanStatus ${missing.join(', ')}`);
  return table(
    ['Status', 'Scanning', 'When the simulator reports it', 'Rules'],
    model.ScanStatus.map((s) => [code(s), ...STATUS_ROWS[s]]),
  );
}

const AXIS_START = 13;
const col = (hours) => AXIS_START + Math.floor(hours * 1.25);
/** One timeline row: a label, then `marks` (hours → character), `=` filling each `[from, to)` span. */
function row(label, marks, spans = []) {
  const chars = Array.from({ length: col(48) + 1 }, () => ' ');
  chars.splice(0, label.length, ...label);
  for (const [from, to] of spans) for (let c = col(from); c < col(to); c += 1) chars[c] = '=';
  for (const [hours, mark] of marks) chars[col(hours)] = mark;
  return chars.join('').trimEnd();
}
const AXIS = [
  `clock (h)    ${Array.from({ length: 13 }, (_, i) => String(i * 4).padEnd(5))
    .join('')
    .trimEnd()}`,
  `${' '.repeat(AXIS_START)}|${'----+'.repeat(11)}----|`,
].join('\n');

export const QUOTA_TIMELINE = `\`\`\`text
Per-image window (Q1, Q2, Q3): a rolling 24 h from each ACCEPTED scan start of one digest.
Scans on push count; all tags of one digest share the window; a refused call changes nothing (X1).

${AXIS}
${row(
  'digest A',
  [
    [0, 'P'],
    [24, 'S'],
    [48, '>'],
  ],
  [[0, 48]],
)}
${row('', [
  [10, 'x'],
  [36, 'x'],
])}
  P  0 h   scan on push: accepted, window [0 h, 24 h)
  x  10 h  StartImageScan: LimitExceededException "The scan quota per image has been exceeded. ..."
  S  24 h  StartImageScan: accepted (now - last start = 24 h, not < 24 h); new window [24 h, 48 h)
  x  36 h  StartImageScan: refused again, until 48 h

Account window (Q4, Q5, Q6): per (account, region), the accepted starts of the last 24 h, rolling.
Push scans and StartImageScan both count; refused and LIMIT_EXCEEDED starts do not.
Example with quotas.accountScanLimit = 3 (default 100,000):

${AXIS}
${row('accepted', [
  [0, 'a'],
  [4, 'b'],
  [8, 'c'],
  [24, 'e'],
])}
${row('not counted', [[10, 'd']])}
${row('window full', [[24, '|']], [[8, 28]])}
  a  0 h   push, image 1 (scan on push)   -> counted: 1 in window
  b  4 h   StartImageScan, image 2        -> counted: 2
  c  8 h   push, image 3                  -> counted: 3, the window is full until a leaves it at 24 h
  d  10 h  push, image 4                  -> no scan, status LIMIT_EXCEEDED, not counted (Q5);
           StartImageScan here would answer LIMIT_EXCEEDED and consume nothing (Q6)
  e  24 h  StartImageScan, image 4        -> a has left (24 h - 0 h is not < 24 h): counted; full again (b, c, e) until b leaves at 28 h

With quotas.window = 'utc-day' (Q7) both windows are UTC calendar days instead: they reset at 00:00 UTC.
\`\`\``;
