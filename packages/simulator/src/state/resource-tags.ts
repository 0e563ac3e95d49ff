import { ecrErrors, type Tag } from '@ecr-scan-sim/model';
import type { OperationContext } from '../operations/context.js';

/** @internal Rule R8: the most tags a repository can carry. */
export const MAX_TAGS_PER_REPOSITORY = 50;

/**
 * Rules R8, R9: `existing` with `incoming` applied (a key given again takes the new value and keeps its place; new
 * keys are appended in the order given), checked before anything is stored: a key starting with `aws:` is
 * InvalidTagParameterException, more than 50 tags in the result is TooManyTagsException.
 * @internal
 */
export function withTags(
  ctx: OperationContext,
  repositoryName: string,
  existing: readonly Tag[],
  incoming: readonly Tag[],
): Tag[] {
  const merged = new Map<string, string>(existing.map((t) => [t.Key as string, t.Value as string]));
  for (const { Key, Value } of incoming) {
    const key = Key as string;
    if (key.toLowerCase().startsWith('aws:')) throw ecrErrors.reservedTagKey(key);
    merged.set(key, Value as string);
  }
  if (merged.size > MAX_TAGS_PER_REPOSITORY)
    throw ecrErrors.tooManyTags(repositoryName, ctx.options.accountId, merged.size);
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}
