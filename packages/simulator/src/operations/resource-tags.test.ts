import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError } from '../test-support/fixtures.js';

const ARN = 'arn:aws:ecr:us-east-1:123456789012:repository/app';

async function repoWithTags(tags = [{ Key: 'team', Value: 'core' }]) {
  const sim = createSimulator();
  await sim.createRepository({ repositoryName: 'app', tags });
  return sim;
}

describe('repository tags', () => {
  it('R6: CreateRepository tags are listed; TagResource adds and overwrites; UntagResource removes', async () => {
    const sim = await repoWithTags();
    expect(await sim.listTagsForResource({ resourceArn: ARN })).toEqual({
      tags: [{ Key: 'team', Value: 'core' }],
    });
    await sim.tagResource({
      resourceArn: ARN,
      tags: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'platform' },
      ],
    });
    expect((await sim.listTagsForResource({ resourceArn: ARN })).tags).toEqual([
      { Key: 'team', Value: 'platform' },
      { Key: 'env', Value: 'prod' },
    ]);
    await sim.untagResource({ resourceArn: ARN, tagKeys: ['team'] });
    expect((await sim.listTagsForResource({ resourceArn: ARN })).tags).toEqual([
      { Key: 'env', Value: 'prod' },
    ]);
  });

  it('R6: a repository without tags lists [] and loses its tags with the repository', async () => {
    const sim = await repoWithTags([]);
    expect(await sim.listTagsForResource({ resourceArn: ARN })).toEqual({ tags: [] });
    await sim.tagResource({ resourceArn: ARN, tags: [{ Key: 'a', Value: 'b' }] });
    await sim.deleteRepository({ repositoryName: 'app' });
    await sim.createRepository({ repositoryName: 'app' });
    expect((await sim.listTagsForResource({ resourceArn: ARN })).tags).toEqual([]);
  });

  it('R7: returns InvalidParameterException "Invalid ARN" for a resourceArn that is not a repository ARN', async () => {
    const sim = await repoWithTags();
    for (const resourceArn of ['invalid', 'arn:aws:s3:::bucket', 'arn:aws:ecr:us-east-1:123456789012:app']) {
      await expectEcrError(
        sim.listTagsForResource({ resourceArn }),
        'InvalidParameterException',
        "Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN'",
      );
    }
  });

  it("R7: returns RepositoryNotFoundException for another account's or another region's ARN and changes nothing", async () => {
    const sim = await repoWithTags();
    const before = JSON.stringify(sim.snapshot());
    await expectEcrError(
      sim.tagResource({
        resourceArn: 'arn:aws:ecr:us-east-1:999999999999:repository/app',
        tags: [{ Key: 'x', Value: 'y' }],
      }),
      'RepositoryNotFoundException',
      "The repository with name 'app' does not exist in the registry with id '999999999999'",
    );
    await expectEcrError(
      sim.listTagsForResource({ resourceArn: 'arn:aws:ecr:eu-west-1:123456789012:repository/app' }),
      'RepositoryNotFoundException',
    );
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it('R8, X1: returns TooManyTagsException past 50 tags and keeps the tags it had', async () => {
    const sim = await repoWithTags();
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await expectEcrError(sim.tagResource({ resourceArn: ARN, tags: many }), 'TooManyTagsException');
    expect((await sim.listTagsForResource({ resourceArn: ARN })).tags).toEqual([
      { Key: 'team', Value: 'core' },
    ]);
    await sim.tagResource({ resourceArn: ARN, tags: many.slice(0, 49) });
    expect((await sim.listTagsForResource({ resourceArn: ARN })).tags).toHaveLength(50);
    await expectEcrError(
      createSimulator().createRepository({
        repositoryName: 'big',
        tags: [...many, { Key: 'one', Value: 'more' }],
      }),
      'TooManyTagsException',
    );
  });

  it('R8: returns InvalidParameterException for a tag key over 128 or a value over 256 characters', async () => {
    const sim = await repoWithTags();
    await expectEcrError(
      sim.tagResource({ resourceArn: ARN, tags: [{ Key: 'k'.repeat(129), Value: 'v' }] }),
      'InvalidParameterException',
      "Invalid parameter at 'tags.1.member.Key' failed to satisfy constraint: 'Member must have length less than or equal to 128'",
    );
    await expectEcrError(
      sim.tagResource({ resourceArn: ARN, tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }),
      'InvalidParameterException',
    );
  });

  it('R9: returns InvalidTagParameterException for a key in the reserved aws: namespace', async () => {
    const sim = await repoWithTags();
    await expectEcrError(
      sim.tagResource({ resourceArn: ARN, tags: [{ Key: 'aws:owner', Value: 'me' }] }),
      'InvalidTagParameterException',
    );
    await expectEcrError(
      createSimulator().createRepository({ repositoryName: 'x1', tags: [{ Key: 'AWS:x', Value: '' }] }),
      'InvalidTagParameterException',
    );
  });

  it('R10: UntagResource with a key the repository does not carry succeeds and changes nothing', async () => {
    const sim = await repoWithTags();
    await sim.untagResource({ resourceArn: ARN, tagKeys: ['nope'] });
    expect((await sim.listTagsForResource({ resourceArn: ARN })).tags).toEqual([
      { Key: 'team', Value: 'core' },
    ]);
  });
});
