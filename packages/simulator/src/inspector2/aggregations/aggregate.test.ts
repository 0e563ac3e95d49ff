import type { Inspector2 } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { renderInspectorFinding } from '../findings/render-inspector-finding.js';
import { syntheticRecords } from '../test-support/records.js';
import { aggregate, severityCounts } from './aggregate.js';

const findings = syntheticRecords(42).map(renderInspectorFinding);
const active = findings.filter((f) => f.status === 'ACTIVE');
const repo = (f: Inspector2.Finding) => f.resources?.[0]?.details?.awsEcrContainerImage?.repositoryName;

describe('aggregate', () => {
  it('S28, S29: AWS_ECR_CONTAINER counts the ACTIVE findings of each image', () => {
    const responses = aggregate(findings, { aggregationType: 'AWS_ECR_CONTAINER' });
    expect(responses).toHaveLength(3);
    for (const r of responses) {
      const entry = r.awsEcrContainerAggregation as Inspector2.AwsEcrContainerAggregationResponse;
      const mine = active.filter((f) => f.resources?.[0]?.id === entry.resourceId);
      expect(entry.severityCounts).toEqual(severityCounts(mine));
      expect(entry).toMatchObject({
        repository: repo(mine[0] as Inspector2.Finding),
        architecture: 'amd64',
        accountId: '123456789012',
      });
      expect(entry.imageSha).toMatch(/^sha256:/);
    }
    const total = responses.reduce((n, r) => n + (r.awsEcrContainerAggregation?.severityCounts?.all ?? 0), 0);
    expect(total).toBe(active.length);
  });

  it('S29: AWS_ECR_CONTAINER filters by repositories and imageTags', () => {
    const only = aggregate(findings, {
      aggregationType: 'AWS_ECR_CONTAINER',
      aggregationRequest: {
        awsEcrContainerAggregation: {
          repositories: [{ comparison: 'PREFIX', value: 'app' }],
          imageTags: [{ comparison: 'EQUALS', value: 'v2' }],
        },
      },
    });
    expect(only.map((r) => r.awsEcrContainerAggregation?.repository)).toEqual(['app-web']);
  });

  it('S29: REPOSITORY counts findings and affected images per repository', () => {
    const responses = aggregate(findings, { aggregationType: 'REPOSITORY' });
    expect(responses.map((r) => r.repositoryAggregation?.repository).sort()).toEqual([
      'app',
      'app-web',
      'tools',
    ]);
    for (const r of responses) expect(r.repositoryAggregation?.affectedImages).toBe(1);
    const app = responses.find((r) => r.repositoryAggregation?.repository === 'app')?.repositoryAggregation;
    expect(app?.severityCounts).toEqual(severityCounts(active.filter((f) => repo(f) === 'app')));
  });

  it('S30: sortBy CRITICAL DESC by default; ASC and ALL when asked; ties by key', () => {
    const criticals = aggregate(findings, { aggregationType: 'REPOSITORY' }).map(
      (r) => r.repositoryAggregation?.severityCounts?.critical ?? 0,
    );
    expect(criticals).toEqual([...criticals].sort((a, b) => b - a));
    const all = aggregate(findings, {
      aggregationType: 'REPOSITORY',
      aggregationRequest: { repositoryAggregation: { sortBy: 'ALL', sortOrder: 'ASC' } },
    }).map((r) => r.repositoryAggregation?.severityCounts?.all ?? 0);
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  it('S30: ACCOUNT, TITLE, PACKAGE and IMAGE_LAYER aggregate the same findings', () => {
    const account = aggregate(findings, { aggregationType: 'ACCOUNT' })[0]?.accountAggregation;
    expect(account?.severityCounts?.all).toBe(active.length);
    expect(account?.exploitAvailableCount).toBe(active.filter((f) => f.exploitAvailable === 'YES').length);
    expect(account?.fixAvailableCount).toBe(active.filter((f) => f.fixAvailable === 'YES').length);
    expect(
      aggregate(findings, {
        aggregationType: 'ACCOUNT',
        aggregationRequest: { accountAggregation: { resourceType: 'AWS_EC2_INSTANCE' } },
      }),
    ).toEqual([]);
    expect(aggregate(findings, { aggregationType: 'TITLE' })).toHaveLength(
      new Set(active.map((f) => f.title)).size,
    );
    const packageNames = aggregate(findings, { aggregationType: 'PACKAGE' })
      .map((r) => r.packageAggregation?.packageName)
      .sort();
    expect(packageNames).toEqual(['curl', 'libxml2', 'openssl', 'zlib']);
    const layers = aggregate(findings, { aggregationType: 'IMAGE_LAYER' });
    expect(layers.every((r) => r.imageLayerAggregation?.layerHash?.startsWith('sha256:'))).toBe(true);
  });

  it('S30: aggregation types of resources the account cannot have answer no entries', () => {
    for (const type of [
      'AMI',
      'AWS_EC2_INSTANCE',
      'AWS_LAMBDA_FUNCTION',
      'LAMBDA_LAYER',
      'CODE_REPOSITORY',
      'VM_INSTANCE',
      'CONTAINER_IMAGE',
      'SERVERLESS_FUNCTION',
    ] as const)
      expect(aggregate(findings, { aggregationType: type }), type).toEqual([]);
  });

  it('S28: accountIds filters the findings; CLOSED findings are never counted', () => {
    expect(
      aggregate(findings, {
        aggregationType: 'ACCOUNT',
        accountIds: [{ comparison: 'EQUALS', value: '999999999999' }],
      }),
    ).toEqual([]);
    const closedOnly = findings.filter((f) => f.status === 'CLOSED');
    expect(aggregate(closedOnly, { aggregationType: 'REPOSITORY' })).toEqual([]);
  });
});
