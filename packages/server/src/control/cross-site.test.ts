import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../glossary.js';
import { startServer } from '../start-server.js';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const tick = (url: string, headers: Record<string, string>) =>
  fetch(`${url}/_sim/clock/tick`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...headers },
    body: '{"duration":"1h"}',
  });

describe('control API writes from web pages', () => {
  it('refuses a write another web page sends (Sec-Fetch-Site or a foreign Origin) and changes nothing', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const before = server.clock.now();
    const pages: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:5173' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ];
    for (const headers of pages) {
      const answer = await tick(server.url, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(((await answer.json()) as { error: string }).error).toContain('refused a control request');
    }
    expect(server.clock.now()).toBe(before);
  });

  it("accepts the dashboard's own same-origin calls, and clients that are not browsers", async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const host = new URL(server.url).host;
    expect((await tick(server.url, { 'sec-fetch-site': 'same-origin', origin: server.url })).status).toBe(
      200,
    );
    expect((await tick(server.url, { origin: `http://${host}` })).status).toBe(200);
    expect((await tick(server.url, {})).status).toBe(200);
    expect(server.clock.now()).toBe(Date.UTC(2026, 0, 1, 3));
  });

  it('lets any page read (the same-origin policy keeps the answer from it)', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const read = await fetch(`${server.url}/_sim/clock`, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });
});
