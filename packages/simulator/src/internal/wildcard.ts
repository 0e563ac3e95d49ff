/**
 * Wildcard matching in linear time, with no regular expression built from input (rule C14).
 *
 * A glob here has one metacharacter, `*`: any run of characters, also none. Matching splits the pattern at its
 * stars: the first piece must be a prefix, the last a suffix, and the pieces between are found left to right,
 * each at its leftmost place after the previous one (leftmost is always safe for `*`-only globs). Each piece is
 * found with Knuth–Morris–Pratt, so a match costs O(pattern + text) whatever the input: 255 stars against a
 * 256-character name takes microseconds, where a backtracking matcher takes O(pattern × text).
 */

/** KMP failure function of `piece`. */
function failureTable(piece: string): Int32Array {
  const table = new Int32Array(piece.length);
  let k = 0;
  for (let i = 1; i < piece.length; i++) {
    while (k > 0 && piece[i] !== piece[k]) k = table[k - 1] as number;
    if (piece[i] === piece[k]) k++;
    table[i] = k;
  }
  return table;
}

/** The first index ≥ `from` where `piece` occurs in `text` before `end`, or -1. O(piece + scanned text). */
function indexOf(text: string, piece: string, from: number, end: number): number {
  if (piece.length === 0) return from <= end ? from : -1;
  const table = failureTable(piece);
  let k = 0;
  for (let i = from; i < end; i++) {
    while (k > 0 && text[i] !== piece[k]) k = table[k - 1] as number;
    if (text[i] === piece[k]) k++;
    if (k === piece.length) return i - piece.length + 1;
  }
  return -1;
}

/**
 * @internal True when the glob `pattern` (`*` = any run of characters) matches the whole of `text`.
 * Used by registry scanning filters with a star (rule C5) and tag mutability exclusion filters.
 */
export function globMatches(pattern: string, text: string): boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return pattern === text;
  const first = pieces[0] as string;
  const last = pieces[pieces.length - 1] as string;
  if (first.length + last.length > text.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] as string;
    const found = indexOf(text, piece, at, end);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

/**
 * @internal Rules C4, C5 (decision D20): a registry scanning filter without `*` matches every repository name that
 * contains it; with `*` it is a whole-name glob.
 */
export function scanningFilterMatches(filter: string, repositoryName: string): boolean {
  if (!filter.includes('*')) return indexOf(repositoryName, filter, 0, repositoryName.length) >= 0;
  return globMatches(filter, repositoryName);
}
