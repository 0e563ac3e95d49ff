import { fileURLToPath } from 'node:url';
import { loadFixturesFile } from '../fixtures/load-fixtures.js';
import type { RunningServer, ServerOptions } from '../glossary.js';
import { startServer } from '../start-server.js';

/** The fixture `pnpm start` serves. */
export const DEMO_FIXTURES = fileURLToPath(
  new URL('../../../../docs/examples/demo-fixtures.json', import.meta.url),
);

/** A server on port 0 with a fake clock at 2026-01-01T00:00:00Z, loaded with the demo fixture. */
export async function startDemoServer(options: ServerOptions = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, clock: 'fake', startTime: '2026-01-01T00:00:00Z', ...options });
  await loadFixturesFile(DEMO_FIXTURES, server.simulator, server.clock);
  return server;
}
