/** @internal Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

/** @internal Start of the UTC calendar day holding `ms` (rule Q7). */
export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
