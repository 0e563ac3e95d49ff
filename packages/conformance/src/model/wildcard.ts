/**
 * The oracle's reading of registry scanning filters, written from the AWS documentation's filter table
 * (shared/reference/ecr-enhanced-scanning.md §3.4, decision D20) and not from the simulator's matcher:
 * - a filter without `*` "matches any repository name that contains it";
 * - a filter with `*` must match the whole name, each `*` standing for zero or more characters.
 * The glob is a plain dynamic program over (filter position, name position): quadratic, which is fine for the
 * short names the commands use, and deliberately a different algorithm from the simulator's.
 */
export function matchesWildcard(filter: string, repositoryName: string): boolean {
  if (!filter.includes('*')) return repositoryName.includes(filter);
  // can[j]: the filter read so far matches the first j characters of the name
  let can = Array.from({ length: repositoryName.length + 1 }, (_, j) => j === 0);
  for (const c of filter) {
    const next = new Array<boolean>(repositoryName.length + 1).fill(false);
    for (let j = 0; j <= repositoryName.length; j++) {
      if (c === '*') next[j] = (can[j] ?? false) || (j > 0 && (next[j - 1] ?? false));
      else next[j] = j > 0 && (can[j - 1] ?? false) && repositoryName[j - 1] === c;
    }
    can = next;
  }
  return can[repositoryName.length] ?? false;
}

/**
 * The filter pattern of the model, `^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$` read as plain rules: 1–255
 * characters of lower-case letters, digits, `*` and the separators `. _ - /`; it starts and ends with a letter,
 * digit or `*`; no two separators in a row (decision D21).
 */
export function isValidFilter(filter: string): boolean {
  if (filter.length < 1 || filter.length > 255) return false;
  const isName = (c: string) => /[a-z0-9*]/.test(c);
  const isSeparator = (c: string) => c === '.' || c === '_' || c === '-' || c === '/';
  let previousSeparator = true; // the first character may not be a separator
  for (const c of filter) {
    if (isName(c)) previousSeparator = false;
    else if (isSeparator(c) && !previousSeparator) previousSeparator = true;
    else return false;
  }
  return !previousSeparator;
}
