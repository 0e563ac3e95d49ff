import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { manifests } from '../manifests.js';
import { CallLog } from './call-log.js';
import { callRecord } from './calls.js';

const record = (at: number) => callRecord('DescribeRepositories', {}, 'us-east-1', at, undefined);

describe('call log', () => {
  it('keeps the most recent `limit` calls, oldest first', () => {
    const log = new CallLog(3);
    for (let at = 0; at < 5000; at++) log.push(record(at));
    expect(log.list().map((r) => r.at)).toEqual([4997, 4998, 4999]);
  });

  it('shows the manifest text sim.pushImage sent, members in the order sent, the same objects on every read', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'app' });
    const sent: string[] = [];
    for (const layers of [0, 2]) {
      const imageManifest = manifests.image({ seedText: `logged-${layers}`, layers });
      await sim.pushImage({ repositoryName: 'app', imageManifest, imageTag: `v${layers}` });
      sent.push(imageManifest);
    }
    sent.push((await sim.pushImage({ repositoryName: 'app' })).imageManifest);
    const puts = sim.calls.filter((c) => c.operation === 'PutImage');
    expect(puts.map((c) => c.input)).toEqual([
      { repositoryName: 'app', imageManifest: sent[0], imageTag: 'v0' },
      { repositoryName: 'app', imageManifest: sent[1], imageTag: 'v2' },
      { repositoryName: 'app', imageManifest: sent[2] },
    ]);
    expect(Object.keys(puts[0]?.input as object)).toEqual(['repositoryName', 'imageManifest', 'imageTag']);
    expect(sim.calls.filter((c) => c.operation === 'PutImage')).toEqual(puts);
    expect(sim.calls.find((c) => c.operation === 'PutImage')).toBe(puts[0]);
  });

  it('keeps nothing with limit 0 and everything with Infinity', () => {
    const none = new CallLog(0);
    const all = new CallLog(Number.POSITIVE_INFINITY);
    for (let at = 0; at < 3000; at++) {
      none.push(record(at));
      all.push(record(at));
    }
    expect(none.list()).toEqual([]);
    expect(all.list()).toHaveLength(3000);
  });

  it('is bounded by the callLogLimit option of the simulator (default 10,000)', async () => {
    const sim = createSimulator({ callLogLimit: 2 });
    await sim.describeRepositories({});
    await sim.createRepository({ repositoryName: 'app' });
    await sim.describeRepositories({}).catch(() => undefined);
    expect(sim.calls.map((c) => c.operation)).toEqual(['CreateRepository', 'DescribeRepositories']);
    expect(createSimulator().options.callLogLimit).toBe(10_000);
  });

  it('refuses a negative or fractional callLogLimit at creation', () => {
    expect(() => createSimulator({ callLogLimit: -1 })).toThrow(/callLogLimit/);
    expect(() => createSimulator({ callLogLimit: 1.5 })).toThrow(/callLogLimit/);
  });
});
