import { describe, expect, it } from 'vitest';
import { basicEvents } from '../test-support/basic-events.js';
import { simWithRepo } from '../test-support/fixtures.js';

describe('sim.events', () => {
  it('L8: one "ECR Image Scan" event per completed scan, in completion order, once the clock passes it', async () => {
    const sim = await simWithRepo({}, true);
    const slow = await sim.pushImage({
      repositoryName: 'app',
      imageTag: 'slow',
      profile: { scanDurationMs: 60_000 },
    });
    const fast = await sim.pushImage({
      repositoryName: 'app',
      imageTag: 'fast',
      profile: { scanDurationMs: 10_000, severityCounts: { HIGH: 1 } },
    });
    expect(sim.events).toEqual([]);
    sim.clock.tick('10s');
    expect(sim.events).toEqual([
      {
        version: '0',
        'detail-type': 'ECR Image Scan',
        source: 'aws.ecr',
        account: '123456789012',
        region: 'us-east-1',
        time: '2026-01-01T00:00:10.000Z',
        resources: ['arn:aws:ecr:us-east-1:123456789012:repository/app'],
        detail: {
          'scan-status': 'COMPLETE',
          'repository-name': 'app',
          'image-digest': fast.imageDigest,
          'image-tags': ['fast'],
          'finding-severity-counts': { HIGH: 1 },
        },
      },
    ]);
    sim.clock.tick('1m');
    expect(basicEvents(sim).map((e) => e.detail['image-digest'])).toEqual([
      fast.imageDigest,
      slow.imageDigest,
    ]);
  });

  it('L8: a FAILED scan emits an event with its status and no counts', async () => {
    const sim = await simWithRepo({}, true);
    await sim.pushImage({ repositoryName: 'app', profile: { outcome: 'FAILED' } });
    sim.clock.tick('30s');
    expect(
      basicEvents(sim).map((e) => [e.detail['scan-status'], e.detail['finding-severity-counts']]),
    ).toEqual([['FAILED', {}]]);
  });
});
