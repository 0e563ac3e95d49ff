// @ts-check
// Formatting of times, durations, digests and counts. Every time is shown in UTC: it is the simulator's clock, and
// the control API speaks ISO 8601 UTC too.

/**
 * `2026-01-01 00:00:30 UTC`, or an em dash when there is no time.
 * @param {number | null | undefined} ms
 */
export function formatTime(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return `${new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '')} UTC`;
}

/**
 * A short duration: `30 s`, `5 min 30 s`, `23 h 59 min`, `24 h`, `3 d 4 h` (days from 48 h on).
 * @param {number} ms
 */
export function formatDuration(ms) {
  const total = Math.round(Math.abs(ms) / 1000);
  const days = total >= 172_800 ? Math.floor(total / 86_400) : 0;
  const hours = Math.floor((total - days * 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0 && days === 0) parts.push(`${minutes} min`);
  if (seconds > 0 && days === 0 && hours === 0) parts.push(`${seconds} s`);
  return parts.length === 0 ? '0 s' : parts.slice(0, 2).join(' ');
}

/**
 * `in 23 h 59 min`, `5 min ago` or `now`, relative to the simulator's clock.
 * @param {number} ms
 * @param {number} now
 */
export function formatRelative(ms, now) {
  if (Math.abs(ms - now) < 500) return 'now';
  return ms > now ? `in ${formatDuration(ms - now)}` : `${formatDuration(now - ms)} ago`;
}

/**
 * `sha256:0123456789ab`: the digest's algorithm and its first 12 hex digits.
 * @param {string} digest
 */
export function shortDigest(digest) {
  const colon = digest.indexOf(':');
  return colon === -1 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}

/** @param {number} n */
export const formatCount = (n) => n.toLocaleString('en-US');

/**
 * @param {number | null} bytes
 */
export function formatBytes(bytes) {
  if (bytes === null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED', 'UNTRIAGED'];

/**
 * `CRITICAL 1 · HIGH 3`, most severe first (unknown severities after, as given), or `none`.
 * @param {Record<string, number>} counts
 */
export function formatSeverityCounts(counts) {
  const known = SEVERITY_ORDER.filter((s) => (counts[s] ?? 0) > 0);
  const others = Object.keys(counts).filter((s) => !SEVERITY_ORDER.includes(s) && (counts[s] ?? 0) > 0);
  const parts = [...known, ...others].map((s) => `${s} ${counts[s]}`);
  return parts.length === 0 ? 'none' : parts.join(' · ');
}
