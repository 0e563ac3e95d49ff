import type { RegistryScanningRule } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError } from '../test-support/fixtures.js';

const wildcard = (...filters: string[]) =>
  filters.map((filter) => ({ filter, filterType: 'WILDCARD' as const }));
const rule = (
  scanFrequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN',
  ...filters: string[]
): RegistryScanningRule => ({
  scanFrequency,
  repositoryFilters: wildcard(...filters),
});
const ARN = (name: string) => `arn:aws:ecr:us-east-1:123456789012:repository/${name}`;

async function simWith(names: readonly string[], scanOnPush: readonly string[] = []) {
  const sim = createSimulator();
  for (const repositoryName of names) {
    await sim.createRepository({
      repositoryName,
      imageScanningConfiguration: { scanOnPush: scanOnPush.includes(repositoryName) },
    });
  }
  return sim;
}
type Sim = Awaited<ReturnType<typeof simWith>>;
const frequencies = async (sim: Sim, names: string[]) =>
  Object.fromEntries(
    (
      (await sim.batchGetRepositoryScanningConfiguration({ repositoryNames: names }))
        .scanningConfigurations ?? []
    ).map((c) => [c.repositoryName, c.scanFrequency]),
  );

describe('BatchGetRepositoryScanningConfiguration', () => {
  it('C2, C7, C12: a new registry is BASIC with MANUAL repositories; the full shape', async () => {
    const sim = await simWith(['app']);
    expect(await sim.batchGetRepositoryScanningConfiguration({ repositoryNames: ['app'] })).toEqual({
      scanningConfigurations: [
        {
          repositoryArn: ARN('app'),
          repositoryName: 'app',
          scanOnPush: false,
          scanFrequency: 'MANUAL',
          appliedScanFilters: [],
        },
      ],
      failures: [],
    });
  });

  it('C7, C10: BASIC: a matching SCAN_ON_PUSH rule decides with its matching filters; else the repository flag, with none', async () => {
    const sim = await simWith(['web-prod', 'db', 'other'], ['db', 'web-prod']);
    await sim.putRegistryScanningConfiguration({
      scanType: 'BASIC',
      rules: [rule('SCAN_ON_PUSH', 'prod', 'web*', 'api')],
    });
    const { scanningConfigurations } = await sim.batchGetRepositoryScanningConfiguration({
      repositoryNames: ['web-prod', 'db', 'other'],
    });
    expect(scanningConfigurations).toEqual([
      expect.objectContaining({
        repositoryName: 'web-prod',
        scanOnPush: true,
        scanFrequency: 'SCAN_ON_PUSH',
        appliedScanFilters: wildcard('prod', 'web*'),
      }),
      expect.objectContaining({
        repositoryName: 'db',
        scanOnPush: true,
        scanFrequency: 'SCAN_ON_PUSH',
        appliedScanFilters: [],
      }),
      expect.objectContaining({
        repositoryName: 'other',
        scanOnPush: false,
        scanFrequency: 'MANUAL',
        appliedScanFilters: [],
      }),
    ]);
  });

  it('C6: ENHANCED: CONTINUOUS_SCAN beats SCAN_ON_PUSH whatever the rule order; unmatched is MANUAL', async () => {
    const names = ['prod-api', 'prod-web', 'dev-api', 'tools'];
    const sim = await simWith(names, ['tools']);
    for (const rules of [
      [rule('SCAN_ON_PUSH', 'prod', 'api'), rule('CONTINUOUS_SCAN', '*web')],
      [rule('CONTINUOUS_SCAN', '*web'), rule('SCAN_ON_PUSH', 'prod', 'api')],
    ]) {
      await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED', rules });
      expect(await frequencies(sim, names)).toEqual({
        'prod-api': 'SCAN_ON_PUSH',
        'prod-web': 'CONTINUOUS_SCAN',
        'dev-api': 'SCAN_ON_PUSH',
        // C6: the repository's own scanOnPush plays no part under ENHANCED
        tools: 'MANUAL',
      });
    }
  });

  it('C8: ENHANCED with no rules is CONTINUOUS_SCAN for every repository, applied filter *', async () => {
    const sim = await simWith(['a1', 'b2']);
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    const { scanningConfigurations } = await sim.batchGetRepositoryScanningConfiguration({
      repositoryNames: ['a1', 'b2'],
    });
    for (const c of scanningConfigurations ?? []) {
      expect(c.scanFrequency).toBe('CONTINUOUS_SCAN');
      expect(c.appliedScanFilters).toEqual(wildcard('*'));
    }
    expect((await sim.getRegistryScanningConfiguration()).scanningConfiguration).toEqual({
      scanType: 'ENHANCED',
      rules: [],
    });
  });

  it('C11: when both rules have the winning frequency, the first in list order decides', async () => {
    const sim = await simWith(['prod-api']);
    await sim.putRegistryScanningConfiguration({
      scanType: 'ENHANCED',
      rules: [rule('CONTINUOUS_SCAN', 'api', 'nothing'), rule('CONTINUOUS_SCAN', 'prod')],
    });
    const { scanningConfigurations } = await sim.batchGetRepositoryScanningConfiguration({
      repositoryNames: ['prod-api'],
    });
    expect(scanningConfigurations?.[0]?.appliedScanFilters).toEqual(wildcard('api'));
  });

  it('C4, C5: the documentation filter table decides scan on push (contains without *, whole-name glob with *)', async () => {
    const names = ['prod', 'repo-prod', 'prod-repo', 'repo-prod-repo', 'prodrepo'];
    const sim = await simWith(names);
    const expected: Record<string, string[]> = {
      prod: names,
      '*prod': ['prod', 'repo-prod'],
      'prod*': ['prod', 'prod-repo', 'prodrepo'],
      '*prod*': names,
      'prod*repo': ['prod-repo', 'prodrepo'],
    };
    for (const [filter, matched] of Object.entries(expected)) {
      await sim.putRegistryScanningConfiguration({ rules: [rule('SCAN_ON_PUSH', filter)] });
      const got = await frequencies(sim, names);
      expect(
        Object.keys(got).filter((n) => got[n] === 'SCAN_ON_PUSH'),
        filter,
      ).toEqual(matched);
    }
  });

  it('C9: registry rules never change the repository flag in DescribeRepositories', async () => {
    const sim = await simWith(['app']);
    await sim.putRegistryScanningConfiguration({
      scanType: 'ENHANCED',
      rules: [rule('CONTINUOUS_SCAN', '*')],
    });
    const { repositories } = await sim.describeRepositories({ repositoryNames: ['app'] });
    expect(repositories?.[0]?.imageScanningConfiguration).toEqual({ scanOnPush: false });
    const { scanningConfigurations } = await sim.batchGetRepositoryScanningConfiguration({
      repositoryNames: ['app'],
    });
    expect(scanningConfigurations?.[0]).toMatchObject({
      scanOnPush: false,
      scanFrequency: 'CONTINUOUS_SCAN',
    });
  });

  it('C12: unknown names are failures, in request order; found ones keep theirs', async () => {
    const sim = await simWith(['app']);
    const output = await sim.batchGetRepositoryScanningConfiguration({
      repositoryNames: ['ghost', 'app', 'nope'],
    });
    expect(output.scanningConfigurations?.map((c) => c.repositoryName)).toEqual(['app']);
    expect(output.failures).toEqual([
      {
        repositoryName: 'ghost',
        failureCode: 'REPOSITORY_NOT_FOUND',
        failureReason:
          "The repository with name 'ghost' does not exist in the registry with id '123456789012'",
      },
      expect.objectContaining({ repositoryName: 'nope', failureCode: 'REPOSITORY_NOT_FOUND' }),
    ]);
  });

  it('G1, C12: reads the registry of the call region; an empty region answers failures only and creates nothing', async () => {
    const sim = await simWith(['app']);
    const before = sim.snapshot();
    const output = await sim.call(
      'BatchGetRepositoryScanningConfiguration',
      { repositoryNames: ['app'] },
      { region: 'eu-west-1' },
    );
    expect(output).toEqual({
      scanningConfigurations: [],
      failures: [expect.objectContaining({ repositoryName: 'app', failureCode: 'REPOSITORY_NOT_FOUND' })],
    });
    expect(sim.snapshot()).toEqual(before);
  });

  it('X1, V6: a refused PutRegistryScanningConfiguration changes nothing', async () => {
    const sim = await simWith(['app']);
    await sim.putRegistryScanningConfiguration({ rules: [rule('SCAN_ON_PUSH', 'app')] });
    const before = sim.snapshot();
    await expectEcrError(
      sim.putRegistryScanningConfiguration({ scanType: 'BASIC', rules: [rule('CONTINUOUS_SCAN', '*')] }),
      'InvalidParameterException',
      "Invalid parameter at 'rules.1.member.scanFrequency' failed to satisfy constraint: 'Member must be one of [SCAN_ON_PUSH] when scanType is BASIC'",
    );
    await expectEcrError(
      sim.putRegistryScanningConfiguration({ rules: [rule('SCAN_ON_PUSH', '*'.repeat(1000))] }),
      'InvalidParameterException',
    );
    expect(sim.snapshot()).toEqual(before);
    expect(await frequencies(sim, ['app'])).toEqual({ app: 'SCAN_ON_PUSH' });
  });

  it('C13: a Put replaces scan type and rules whole; a missing scanType is BASIC', async () => {
    const sim = await simWith(['app']);
    await sim.putRegistryScanningConfiguration({
      scanType: 'ENHANCED',
      rules: [rule('CONTINUOUS_SCAN', 'app')],
    });
    const answered = await sim.putRegistryScanningConfiguration({ rules: [rule('SCAN_ON_PUSH', 'x')] });
    expect(answered.registryScanningConfiguration).toEqual({
      scanType: 'BASIC',
      rules: [rule('SCAN_ON_PUSH', 'x')],
    });
    expect(await frequencies(sim, ['app'])).toEqual({ app: 'MANUAL' });
  });

  it('C15: with BASIC scanning a new rule set acts on the next push only', async () => {
    const sim = await simWith(['app']);
    const before = await sim.pushImage({ repositoryName: 'app', seedText: 'before' });
    await sim.putRegistryScanningConfiguration({ rules: [rule('SCAN_ON_PUSH', 'app')] });
    const after = await sim.pushImage({ repositoryName: 'app', seedText: 'after' });
    await expectEcrError(
      sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest: before.imageDigest } }),
      'ScanNotFoundException',
    );
    const scanned = await sim.describeImageScanFindings({
      repositoryName: 'app',
      imageId: { imageDigest: after.imageDigest },
    });
    expect(scanned.imageScanStatus?.status).toBe('IN_PROGRESS');
  });

  it('C1, C4: scan on push follows the contains rule (a filter without * matching part of the name)', async () => {
    const sim = await simWith(['team/prod-api', 'dev']);
    await sim.putRegistryScanningConfiguration({ rules: [rule('SCAN_ON_PUSH', 'prod')] });
    const matched = await sim.pushImage({ repositoryName: 'team/prod-api' });
    const other = await sim.pushImage({ repositoryName: 'dev' });
    const shown = await sim.describeImageScanFindings({
      repositoryName: 'team/prod-api',
      imageId: { imageDigest: matched.imageDigest },
    });
    expect(shown.imageScanStatus?.status).toBe('IN_PROGRESS');
    await expectEcrError(
      sim.describeImageScanFindings({ repositoryName: 'dev', imageId: { imageDigest: other.imageDigest } }),
      'ScanNotFoundException',
    );
  });

  it('C3: what BatchGet reports is what a push does, under BASIC and ENHANCED (property)', async () => {
    const names = ['prod', 'team/prod-api', 'dev', 'ci-prod'];
    const filter = fc.constantFrom('prod', '*prod', 'prod*', '*', 'dev', 'team/*', '*-*');
    const ruleArb = fc.record({
      scanFrequency: fc.constantFrom('SCAN_ON_PUSH' as const, 'CONTINUOUS_SCAN' as const),
      repositoryFilters: fc.array(
        filter.map((f) => ({ filter: f, filterType: 'WILDCARD' as const })),
        { maxLength: 2 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('BASIC' as const, 'ENHANCED' as const),
        fc.array(ruleArb, { maxLength: 2 }),
        fc.subarray(names),
        async (scanType, drawn, withFlag) => {
          const rules =
            scanType === 'BASIC'
              ? drawn.map((r) => ({ ...r, scanFrequency: 'SCAN_ON_PUSH' as const }))
              : drawn;
          const sim = await simWith(names, withFlag);
          await sim.putRegistryScanningConfiguration({ scanType, rules });
          const reported = await frequencies(sim, names);
          for (const repositoryName of names) {
            const { imageDigest } = await sim.pushImage({ repositoryName });
            const scanned = await sim
              .describeImageScanFindings({ repositoryName, imageId: { imageDigest } })
              .then(
                () => true,
                () => false,
              );
            expect(scanned, `${scanType} ${repositoryName}`).toBe(reported[repositoryName] !== 'MANUAL');
          }
        },
      ),
      { numRuns: Number(process.env['NUM_RUNS'] ?? 40) },
    );
  });
});
