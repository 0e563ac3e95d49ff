import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMAGE_DIGEST_PATTERN,
  isImageDigest,
  isRegistryId,
  isRepositoryName,
  PATTERNS,
  REPOSITORY_NAME_PATTERN,
  SCANNING_FILTER_PATTERN,
} from './patterns.js';

const numRuns = Number(process.env.NUM_RUNS ?? 150) * 4;
// Short strings over the characters that matter: the literal AWS patterns are safe to run on them.
const shortOver = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 });

describe('patterns', () => {
  it('print the model texts', () => {
    expect(PATTERNS.registryId.text).toBe('[0-9]{12}');
    expect(REPOSITORY_NAME_PATTERN).toBe(
      '[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*',
    );
    expect(SCANNING_FILTER_PATTERN).toBe('^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$');
    expect(IMAGE_DIGEST_PATTERN).toBe('sha256:[a-f0-9]{64}');
  });

  it('the repository name check is the AWS pattern, anchored', () => {
    const literal = new RegExp(`^(?:${REPOSITORY_NAME_PATTERN})$`);
    fc.assert(
      fc.property(shortOver('ab1._-/A!'), (s) => {
        expect(isRepositoryName(s)).toBe(literal.test(s));
      }),
      { numRuns },
    );
  });

  it('the scanning filter check accepts exactly what the AWS pattern accepts (rewritten to be linear)', () => {
    const literal = new RegExp(SCANNING_FILTER_PATTERN);
    fc.assert(
      fc.property(shortOver('a1*._-/A!'), (s) => {
        expect(PATTERNS.scanningFilter.test(s)).toBe(literal.test(s));
      }),
      { numRuns },
    );
  });

  // Adversarial inputs for backtracking engines. Exponential behaviour would hang the test (the AWS filter
  // pattern needs minutes for 28 characters); linear checks answer at once.
  const adversarial = [
    `${'a-'.repeat(5000)}!`,
    `${'a'.repeat(50_000)}!`,
    `a${'-'.repeat(50_000)}!`,
    `${'a_'.repeat(5000)}!`,
    `${'a/a.'.repeat(5000)}!`,
    `${'a.b/'.repeat(5000)}`,
  ];

  it('the repository name check rejects adversarial strings without catastrophic backtracking', () => {
    for (const s of adversarial) expect(isRepositoryName(s)).toBe(false);
    expect(isRepositoryName(`${'a-'.repeat(5000)}a`)).toBe(true);
  });

  it('the scanning filter check rejects adversarial strings without catastrophic backtracking', () => {
    for (const s of [...adversarial, `${'a'.repeat(255)}!`, `${'a*'.repeat(5000)}A`])
      expect(PATTERNS.scanningFilter.test(s)).toBe(false);
    expect(PATTERNS.scanningFilter.test(`${'a/'.repeat(5000)}*`)).toBe(true);
  });

  it('registry IDs are exactly 12 digits', () => {
    expect(['123456789012', '000000000000'].map(isRegistryId)).toEqual([true, true]);
    expect(['12345678901', '1234567890123', '12345678901a', ' 123456789012'].map(isRegistryId)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('V2: isImageDigest accepts sha256 and 64 lowercase hex only', () => {
    const hex64 = 'a'.repeat(64);
    expect(isImageDigest(`sha256:${hex64}`)).toBe(true);
    for (const d of [`sha256:${hex64.toUpperCase()}`, `sha256:${hex64}\n`, `sha384:${hex64}`, 'sha256:'])
      expect(isImageDigest(d)).toBe(false);
  });

  it('V2: isImageDigest agrees with /^sha256:[a-f0-9]{64}$/ on digests one character away from valid', () => {
    const alphabet = fc.constantFrom(...'0123456789abcdefgABCDEF:/ \u0000\u00e9');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 }),
        fc.nat(72),
        alphabet,
        fc.boolean(),
        (hex, at, char, insert) => {
          const valid = `sha256:${hex.join('')}`;
          const digest = insert
            ? valid.slice(0, at) + char + valid.slice(at)
            : valid.slice(0, at) + char + valid.slice(at + 1);
          expect(isImageDigest(digest)).toBe(/^sha256:[a-f0-9]{64}$/.test(digest));
        },
      ),
    );
  });
});
