import { type ECRClient, StartImageScanCommand } from '@aws-sdk/client-ecr';
import { createSimulator } from '@ecr-scan-sim/simulator';
import type { SetupServer } from 'msw/node';
import type { TimedRow } from '../harness/interleave.js';
import { ecrClient, ImagePool, POOL_SIMULATOR_OPTIONS, type ScanTarget } from './fixtures.js';

/** Runs `n` StartImageScan calls spread over `clients`, each client sending one call at a time. */
async function sendConcurrently(clients: readonly ECRClient[], targets: readonly ScanTarget[], n: number) {
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      for (let i = next++; i < n; i = next++) await client.send(new StartImageScanCommand(targets[i]!));
    }),
  );
}

/**
 * Row 5a: `ECRClient` (its default Node HTTP handler) over MSW `setupServer` with `createEcrHandlers(sim)`.
 * MSW patches Node's HTTP modules while it listens, so it listens only during its own slices; the other rows
 * (the loopback server among them) never run through its interceptors.
 */
export function mswRow(
  ecrMsw: typeof import('@ecr-scan-sim/msw'),
  setupServer: typeof import('msw/node').setupServer,
): TimedRow {
  const sim = createSimulator(POOL_SIMULATOR_OPTIONS);
  const pool = new ImagePool(
    () => sim,
    (ms) => sim.clock.tick(ms),
  );
  const handlers = ecrMsw.createEcrHandlers(sim);
  const client = ecrClient();
  let server: SetupServer | undefined;
  return {
    async prepare(n) {
      const targets = await pool.take(n);
      const listening = setupServer(...handlers);
      listening.listen({ onUnhandledFrame: 'error' });
      server = listening;
      return () => sendConcurrently([client], targets, n);
    },
    async afterBatch() {
      server?.close();
      server = undefined;
    },
    async close() {
      client.destroy();
    },
  };
}

/**
 * Rows 5b/5c: `ECRClient` over `startServer` on loopback, with `concurrency` clients each keeping one call in
 * flight; µs/op is wall time divided by calls, so with several clients it is the inverse of throughput.
 */
export async function serverRow(
  ecrServer: typeof import('@ecr-scan-sim/server'),
  concurrency: number,
): Promise<TimedRow> {
  const server = await ecrServer.startServer({
    port: 0,
    clock: 'fake',
    simulator: POOL_SIMULATOR_OPTIONS,
    // Other rows run for seconds between this row's slices; idle keep-alive sockets must outlive them.
    timeouts: { keepAliveMs: 600_000 },
  });
  const pool = new ImagePool(
    () => server.simulator,
    (ms) => server.clock.tick(ms),
  );
  const clients = Array.from({ length: concurrency }, () => ecrClient({ endpoint: server.url }));
  return {
    async prepare(n) {
      const targets = await pool.take(n);
      return () => sendConcurrently(clients, targets, n);
    },
    async close() {
      for (const client of clients) client.destroy();
      await server.close();
    },
  };
}
