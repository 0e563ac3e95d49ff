// @ecr-scan-sim/msw: Mock Service Worker handlers over the ECR simulator. Export by name only.

// --- handlers ---
export { createEcrHandlers } from './create-ecr-handlers.js';
// --- options ---
export type { EcrHandlersOptions } from './glossary.js';
