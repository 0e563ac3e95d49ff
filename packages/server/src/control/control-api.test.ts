import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../glossary.js';
import { startServer } from '../start-server.js';
import { control } from '../test-support/helpers.js';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<string> {
  server = await startServer({ port: 0, clock: 'fake', startTime: '2026-01-01T00:00:00Z' });
  return server.url;
}

describe('/_sim/ control API', () => {
  it('T1: GET /_sim/clock reads the clock; tick by ms or duration; set by ISO or epoch ms', async () => {
    const url = await start();
    expect(await control(url, 'GET', '/_sim/clock')).toEqual({
      status: 200,
      json: { now: '2026-01-01T00:00:00.000Z', epochMs: Date.UTC(2026, 0, 1) },
    });
    expect((await control(url, 'POST', '/_sim/clock/tick', { ms: 1500 })).json.now).toBe(
      '2026-01-01T00:00:01.500Z',
    );
    expect((await control(url, 'POST', '/_sim/clock/tick', { duration: '24h' })).json.now).toBe(
      '2026-01-02T00:00:01.500Z',
    );
    expect(
      (await control(url, 'POST', '/_sim/clock/set', { time: '2027-05-05T05:05:05Z' })).json.epochMs,
    ).toBe(Date.UTC(2027, 4, 5, 5, 5, 5));
    expect((await control(url, 'POST', '/_sim/clock/set', { time: 0 })).json.now).toBe(
      '1970-01-01T00:00:00.000Z',
    );
    expect(server?.clock.now()).toBe(0);
  });

  it.each([
    ['POST', '/_sim/clock/tick', { ms: -5 }, 'ms: must be a duration'],
    ['POST', '/_sim/clock/tick', { duration: 'soon' }, 'duration: must be a duration'],
    ['POST', '/_sim/clock/tick', {}, 'needs "ms"'],
    ['POST', '/_sim/clock/tick', '{not json', 'not valid JSON'],
    ['POST', '/_sim/clock/tick', [1], 'body: must be an object'],
    ['POST', '/_sim/clock/set', { time: 'someday' }, 'time: must be an ISO time'],
    ['POST', '/_sim/clock/set', { when: 1 }, 'when: unknown member'],
    ['PUT', '/_sim/snapshot', { format: 'other' }, 'format: must be "ecr-scan-sim/snapshot"'],
    ['PUT', '/_sim/images/profile', { repositoryName: 'web', imageId: {}, profile: {} }, 'imageId: needs'],
    [
      'PUT',
      '/_sim/images/profile',
      { repositoryName: 'web', imageId: { imageTag: 'x' }, profile: { outcome: 'NO' } },
      'profile.outcome',
    ],
    ['POST', '/_sim/faults', { error: 'NopeException' }, 'error: must be one of'],
    [
      'POST',
      '/_sim/faults',
      { error: 'ServerException', operation: 'GetDownloadUrlForLayer' },
      'operation: must be one of',
    ],
    [
      'POST',
      '/_sim/faults',
      { error: 'ServerException', probability: 2 },
      'probability: must be a number from 0 to 1',
    ],
  ])('%s %s %j → 400 naming the problem', async (method, path, body, expected) => {
    const url = await start();
    const { status, json } = await control(url, method, path, body);
    expect(status).toBe(400);
    expect(json.error).toContain(expected);
  });

  it('answers 404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const url = await start();
    expect((await control(url, 'GET', '/_sim/nope')).status).toBe(404);
    const wrong = await fetch(`${url}/_sim/clock/tick`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(((await wrong.json()) as { error: string }).error).toContain('use POST');
  });

  it('L8: PUT /_sim/snapshot replaces the simulator; reset empties it; calls and scan events are listed', async () => {
    const url = await start();
    const sim = server!.simulator;
    await sim.createRepository({ repositoryName: 'web', imageScanningConfiguration: { scanOnPush: true } });
    await sim.pushImage({ repositoryName: 'web', imageTag: '1.0' });
    const calls = (await control(url, 'GET', '/_sim/calls')).json.calls as { operation: string }[];
    expect(calls.map((c) => c.operation)).toEqual(['CreateRepository', 'PutImage']);
    const snapshot = (await control(url, 'GET', '/_sim/snapshot')).json;
    expect(snapshot.format).toBe('ecr-scan-sim/snapshot');
    expect((await control(url, 'POST', '/_sim/reset')).json).toEqual({ ok: true });
    expect((await sim.describeRepositories({})).repositories).toEqual([]);
    expect((await control(url, 'PUT', '/_sim/snapshot', snapshot)).json).toEqual({ ok: true });
    expect(server!.simulator).not.toBe(sim);
    const repos = await server!.simulator.describeRepositories({});
    expect(repos.repositories?.map((r) => r.repositoryName)).toEqual(['web']);
    await control(url, 'POST', '/_sim/clock/tick', { duration: '1m' });
    const events = (await control(url, 'GET', '/_sim/events')).json.events as {
      detail: { 'scan-status': string };
    }[];
    expect(events.map((e) => e.detail['scan-status'])).toEqual(['COMPLETE']);
  });

  it('L4: PUT /_sim/images/profile sets what the next scan yields', async () => {
    const url = await start();
    const sim = server!.simulator;
    await sim.createRepository({ repositoryName: 'web' });
    await sim.pushImage({ repositoryName: 'web', imageTag: 'old' });
    const body = { repositoryName: 'web', imageId: { imageTag: 'old' }, profile: { outcome: 'FAILED' } };
    expect((await control(url, 'PUT', '/_sim/images/profile', body)).status).toBe(200);
    await sim.startImageScan({ repositoryName: 'web', imageId: { imageTag: 'old' } });
    await control(url, 'POST', '/_sim/clock/tick', { duration: '30s' });
    const out = await sim.describeImageScanFindings({ repositoryName: 'web', imageId: { imageTag: 'old' } });
    expect(out.imageScanStatus?.status).toBe('FAILED');
    const ghost = await control(url, 'PUT', '/_sim/images/profile', { ...body, repositoryName: 'ghost' });
    expect(ghost.status).toBe(400);
  });

  it('POST /_sim/faults injects a fault and DELETE clears them', async () => {
    const url = await start();
    const added = await control(url, 'POST', '/_sim/faults', { error: 'ThrottlingException', times: 2 });
    expect(added.json).toEqual({ ok: true, remaining: 2 });
    await expect(server!.simulator.describeRepositories({})).rejects.toMatchObject({
      name: 'ThrottlingException',
    });
    expect((await control(url, 'DELETE', '/_sim/faults')).json).toEqual({ ok: true });
    await expect(server!.simulator.describeRepositories({})).resolves.toBeDefined();
  });
});
