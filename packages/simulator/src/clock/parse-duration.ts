/**
 * Durations in the fake-timers vocabulary, shared by `FakeClock.tick` and the server CLI.
 */

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const WITH_UNIT = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const DIGITS = /^\d+$/;
const CLOCK_TEXT = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/;

/**
 * Turns a duration into milliseconds.
 *
 * Accepts a number of milliseconds (`1500`), a digit string (milliseconds, `"1500"`), a number with a unit
 * (`"500ms"`, `"30s"`, `"15m"`, `"24h"`, `"2d"`, decimals allowed: `"1.5h"`), or a clock text `"mm:ss"` /
 * `"hh:mm:ss"` as `@sinonjs/fake-timers` reads it (minutes and seconds below 60).
 * @note A digit string is milliseconds here, where fake-timers reads `"08"` as seconds: `"30000"` from a command
 *   line means 30 s.
 * @param value - the duration
 * @returns milliseconds, finite and not negative
 * @throws TypeError for a negative or non-finite number, or a text in none of the forms above
 * @example parseDuration('24h') // 86_400_000
 * @public
 */
export function parseDuration(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) {
      throw new TypeError(`[ecr-scan-sim] a duration must be a finite number of ms >= 0, got ${value}`);
    }
    return value;
  }
  if (typeof value !== 'string') {
    throw new TypeError(`[ecr-scan-sim] a duration must be a number or a string, got ${typeof value}`);
  }
  const text = value.trim();
  if (DIGITS.test(text)) return Number(text);
  const unit = WITH_UNIT.exec(text);
  if (unit) return Number(unit[1]) * UNIT_MS[unit[2] as keyof typeof UNIT_MS];
  const clock = CLOCK_TEXT.exec(text);
  if (clock) {
    const parts = [clock[1], clock[2], clock[3]].filter((p): p is string => p !== undefined).map(Number);
    const [first = 0, ...rest] = parts;
    if (rest.some((p) => p >= 60)) {
      throw new TypeError(`[ecr-scan-sim] invalid duration '${value}': minutes and seconds must be below 60`);
    }
    // mm:ss or hh:mm:ss: the first part is the largest unit.
    const seconds = parts.length === 3 ? first * 3600 + rest[0]! * 60 + rest[1]! : first * 60 + rest[0]!;
    return seconds * 1000;
  }
  throw new TypeError(
    `[ecr-scan-sim] invalid duration '${value}': use ms as a number, "500ms", "30s", "15m", "24h", "2d", "mm:ss" or "hh:mm:ss"`,
  );
}
