import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../glossary.js';
import { startServer } from '../start-server.js';
import { control } from '../test-support/helpers.js';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('POST /moto-api/reset', () => {
  it('R22: resets the simulator as POST /_sim/reset does, so moto server-mode suites start empty', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const sim = server.simulator;
    await sim.createRepository({ repositoryName: 'test-repo', tags: [{ Key: 'a', Value: 'b' }] });
    await sim.putRegistryPolicy({
      policyText: JSON.stringify({
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:CreateRepository' }],
      }),
    });
    expect(await control(server.url, 'POST', '/moto-api/reset')).toEqual({ status: 200, json: { ok: true } });
    expect(sim.calls).toEqual([]);
    expect((await sim.describeRepositories({})).repositories).toEqual([]);
    await expect(sim.getRegistryPolicy({})).rejects.toMatchObject({
      name: 'RegistryPolicyNotFoundException',
    });
  });

  it('R22: answers 405 with Allow: POST for another method, and other /moto-api/ paths stay ECR requests', async () => {
    server = await startServer({ port: 0, clock: 'fake' });
    const wrong = await control(server.url, 'GET', '/moto-api/reset');
    expect(wrong.status).toBe(405);
    const other = await fetch(`${server.url}/moto-api/static/ecr/scan-finding-results`, {
      method: 'POST',
      body: '{}',
    });
    expect(other.status).toBe(404);
    expect(other.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });
});
