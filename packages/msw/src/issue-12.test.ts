/**
 * Issue 12: msw 3 renamed `onUnhandledRequest` to `onUnhandledFrame`. With the old name msw 3 does not fail an
 * unmatched request: it lets it through to the network, silently. With the new name and `'error'` it fails.
 * The "network" here is a local HTTP server, so a passed-through request is seen, not merely failed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEcrHandlers } from './create-ecr-handlers.js';

let network: Server;
let url = '';
const reached: string[] = [];
beforeAll(async () => {
  network = createServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    res.end('from the network');
  });
  await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(network.address() as AddressInfo).port}/unmatched`;
});
afterAll(() => new Promise<void>((resolve) => network.close(() => resolve())));
afterEach(() => {
  reached.length = 0;
});

describe('the unhandled-request option on msw 3', () => {
  it("onUnhandledFrame: 'error' fails an unmatched request, which never reaches the network", async () => {
    const server = setupServer(...createEcrHandlers(createSimulator()));
    server.listen({ onUnhandledFrame: 'error' });
    try {
      await expect(fetch(url)).rejects.toThrow();
      expect(reached).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('the msw 2 name is ignored: the unmatched request goes to the network', async () => {
    const server = setupServer(...createEcrHandlers(createSimulator()));
    // What a snippet written for msw 2 does on msw 3 (the type error is what doc-snippets.test.ts catches).
    server.listen({ onUnhandledRequest: 'error' } as Parameters<typeof server.listen>[0]);
    try {
      const response = await fetch(url);
      expect(await response.text()).toBe('from the network');
      expect(reached).toEqual(['GET /unmatched']);
    } finally {
      server.close();
    }
  });
});
