// Proves that msw fails a request no handler matches instead of letting it out: the "network" is a local HTTP
// server, so a request let through is seen (the machines reach nothing else, so a real host would fail anyway).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function unmatchedFails(): Promise<void> {
  const reached: string[] = [];
  const network = createServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    res.end('from the network');
  });
  await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(network.address() as AddressInfo).port}/unmatched`;
    const outcome = await fetch(url).then(
      async (response) => `answered ${response.status}: ${await response.text()}`,
      () => 'failed',
    );
    if (outcome !== 'failed' || reached.length > 0)
      throw new Error(
        `consumer smoke: an unmatched request was ${outcome}; it reached ${JSON.stringify(reached)}`,
      );
  } finally {
    await new Promise<void>((resolve) => network.close(() => resolve()));
  }
}
