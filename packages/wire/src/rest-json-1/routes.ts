import { INSPECTOR2_HTTP_BINDINGS, Inspector2OperationName } from '@ecr-scan-sim/model';

/** @internal The operation bound to a path, from the service model's `@http` traits (rule W3). */
const BY_PATH: ReadonlyMap<string, Inspector2OperationName> = new Map(
  Inspector2OperationName.map((name) => [INSPECTOR2_HTTP_BINDINGS[name].path, name]),
);

/**
 * @internal The Inspector2 operation a path names: the exact binding path, or a binding path after a base path
 * (`/inspector/findings/list` on a custom endpoint with a path), on a segment boundary; `undefined` otherwise.
 */
export function operationOfPath(path: string): Inspector2OperationName | undefined {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const exact = BY_PATH.get(trimmed);
  if (exact !== undefined) return exact;
  for (const [bound, name] of BY_PATH) if (trimmed.endsWith(bound)) return name;
  return undefined;
}
