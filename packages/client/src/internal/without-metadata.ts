/**
 * @internal The SDK output without `$metadata` (request id, attempts, HTTP status): what `EcrApi` returns.
 * Only the top level carries it, so a shallow copy is enough.
 */
export function withoutMetadata<T extends { $metadata?: unknown }>(output: T): Omit<T, '$metadata'> {
  const { $metadata: _metadata, ...rest } = output;
  return rest;
}
