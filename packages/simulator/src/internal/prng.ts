/**
 * The simulator's only source of randomness: a seeded, forkable pseudo-random generator.
 *
 * Why: every "random" choice (findings, tokens, request ids, probabilistic faults) must be reproducible from the
 * simulator's `seed` alone, and adding a new consumer must never shift the sequence another consumer sees. So each
 * consumer takes its own stream with `fork(label)`, which derives the child from the parent's *seed* and the label,
 * never from the parent's current state.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, passes PractRand), seeded by
 * four differently-based FNV-1a hashes (murmur3-finalized) of the seed text; a fork's four words are the label hashed
 * with the parent's four seed words as bases. No `Math.random`, no clock.
 */

/** @internal A seeded stream of pseudo-random numbers. */
export interface Prng {
  /** A float in [0, 1) with 32 bits of randomness. */
  next(): number;
  /**
   * An integer in [0, maxExclusive).
   * @throws TypeError when `maxExclusive` is not a positive safe integer.
   */
  int(maxExclusive: number): number;
  /** An independent stream derived from this stream's seed and `label` only (not from its current state). */
  fork(label: string): Prng;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const TWO_POW_32 = 0x1_0000_0000;

/**
 * A stable 32-bit unsigned hash (FNV-1a over UTF-16 code units, with a murmur3 finalizer for avalanche).
 * @param text - any string
 * @returns an integer in [0, 2^32)
 * @internal
 */
export function hashString(text: string): number {
  return hashWithBasis(text, FNV_OFFSET);
}

/**
 * FNV-1a of `text` from another basis (then murmur3-finalized): chains hashes without building long keys.
 * @internal
 */
export function hashWithBasis(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  // murmur3 fmix32: spreads FNV's weak low-bit mixing over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Canonical text of a seed: numbers and strings never collide (`1` vs `'1'` are distinct seeds). */
function seedText(seed: number | string): string {
  return typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
}

/**
 * Creates a generator from a seed. The same seed always yields the same sequence.
 * @param seed - a number or a string (strings are hashed with {@link hashString})
 * @returns a fresh {@link Prng}
 * @internal
 */
export function createPrng(seed: number | string): Prng {
  const text = seedText(seed);
  // Four differently-based hashes fill the 128-bit sfc32 state.
  return fromWords(
    hashWithBasis(text, FNV_OFFSET),
    hashWithBasis(text, 0x9e3779b9),
    hashWithBasis(text, 0x85ebca6b),
    hashWithBasis(text, 0xc2b2ae35),
  );
}

/** A generator whose seed is four 32-bit words; `fork` hashes the label with those words as bases: O(label). */
function fromWords(w0: number, w1: number, w2: number, w3: number): Prng {
  let a = w0;
  let b = w1;
  let c = w2;
  let d = w3;

  const step = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs so closely related seeds diverge fully.
  for (let i = 0; i < 12; i++) step();

  return {
    next: () => step() / TWO_POW_32,
    int(maxExclusive: number): number {
      if (!Number.isSafeInteger(maxExclusive) || maxExclusive <= 0) {
        throw new TypeError(`[ecr-scan-sim] prng.int expects a positive safe integer, got ${maxExclusive}`);
      }
      if (maxExclusive <= TWO_POW_32) {
        // Rejection sampling: no modulo bias.
        const limit = TWO_POW_32 - (TWO_POW_32 % maxExclusive);
        let x = step();
        while (x >= limit) x = step();
        return x % maxExclusive;
      }
      // Beyond 2^32: combine two draws (53 bits) and scale; bias is negligible at these sizes.
      const hi = step() >>> 11;
      const lo = step();
      return Math.floor(((hi * TWO_POW_32 + lo) / 2 ** 53) * maxExclusive);
    },
    fork: (label: string) =>
      fromWords(
        hashWithBasis(label, w0 ^ 0x6a09e667),
        hashWithBasis(label, w1 ^ 0xbb67ae85),
        hashWithBasis(label, w2 ^ 0x3c6ef372),
        hashWithBasis(label, w3 ^ 0xa54ff53a),
      ),
  };
}
