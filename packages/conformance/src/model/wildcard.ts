/**
 * A registry scanning filter of type WILDCARD: `*` matches any run of characters, everything else itself
 * (rule C1). Written from the AWS docs, independently of the simulator.
 */
export function matchesWildcard(filter: string, repositoryName: string): boolean {
  const parts = filter.split('*');
  if (parts.length === 1) return filter === repositoryName;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!repositoryName.startsWith(first) || !repositoryName.endsWith(last)) return false;
  let at = first.length;
  const end = repositoryName.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = repositoryName.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return at <= end;
}
