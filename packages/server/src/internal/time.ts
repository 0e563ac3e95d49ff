/**
 * @internal Epoch ms from a number, an ISO text, a numeric text or a Date; `TypeError` when it is none of them.
 */
export function toEpochMs(time: number | string | Date): number {
  const ms =
    time instanceof Date
      ? time.getTime()
      : typeof time === 'number'
        ? time
        : /^\d+$/.test(time.trim())
          ? Number(time.trim())
          : Date.parse(time);
  if (!Number.isFinite(ms)) throw new TypeError(`[ecr-scan-sim] not a time: ${String(time)}`);
  return ms;
}
