// @ecr-scan-sim/server: a local ECR endpoint and CLI backed by the simulator. Export by name only.

// --- CLI ---
export { type CliIo, runCli } from './cli/run-cli.js';
// --- fixtures ---
export type {
  FixtureImage,
  FixtureRepository,
  FixtureScanningRule,
  Fixtures,
} from './fixtures/fixtures-types.js';
export { applyFixtures, type FixturesLoaded, loadFixturesFile } from './fixtures/load-fixtures.js';
export { parseFixtures } from './fixtures/parse-fixtures.js';
// --- server ---
export type { ControllableClock, RunningServer, ServerOptions, ServerTimeouts } from './glossary.js';
export { OffsetClock } from './offset-clock.js';
export { startServer } from './start-server.js';
