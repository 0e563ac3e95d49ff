import {
  type DescribeRepositoriesRequest,
  type DescribeRepositoriesResponse,
  ecrErrors,
} from '@ecr-scan-sim/model';
import { pageOf, pageSize, readToken } from '../pagination/tokens.js';
import { peekRegistry } from '../state/lookup.js';
import type { RepositoryState } from '../state/types.js';
import type { Operation } from './context.js';
import { repositoryShape } from './repository-shape.js';

/**
 * DescribeRepositories: the named repositories in the order given (RepositoryNotFoundException for the first
 * missing one), or all of them in creation order, paged (rules P1–P3).
 * @internal
 */
export const describeRepositories: Operation<DescribeRepositoriesRequest, DescribeRepositoriesResponse> = (
  ctx,
  input,
) => {
  const names = input.repositoryNames;
  const registry = peekRegistry(ctx, input.registryId, names?.[0] ?? '');
  const all = registry ? [...registry.repositories.values()] : [];
  const shape = (repo: RepositoryState) => repositoryShape(ctx.options.accountId, ctx.region, repo);
  if (names && names.length > 0) {
    const found = names.map((name) => {
      const repo = registry?.repositories.get(name);
      if (!repo) throw ecrErrors.repositoryNotFound(name, ctx.options.accountId);
      return repo;
    });
    return { repositories: found.map(shape) };
  }
  const fingerprint = `DescribeRepositories\u0000${ctx.region}`;
  const offset = readToken(ctx.options.seed, fingerprint, input.nextToken);
  const page = pageOf(ctx.options.seed, fingerprint, all.length, offset, pageSize(input.maxResults));
  const output: DescribeRepositoriesResponse = { repositories: all.slice(page.start, page.end).map(shape) };
  if (page.nextToken) output.nextToken = page.nextToken;
  return output;
};
