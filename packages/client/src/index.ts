// @ecr-scan-sim/client: the real-client adapter and scan workflow helpers. Export by name only.

// --- workflow helpers ---
export { allFindings } from './all-findings.js';
// --- the adapter ---
export { EcrScanClient } from './ecr-scan-client.js';
export { EcrSurfaceClient } from './ecr-surface-client.js';
export type { AllFindingsOptions, ScanImageOptions, ScanQuota, ScanRef, ScanResult } from './glossary.js';
export { scanImage } from './scan-image.js';
export { ScanTimeoutError } from './scan-timeout-error.js';
