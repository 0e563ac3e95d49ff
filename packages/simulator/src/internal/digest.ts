import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();
const HEX = '0123456789abcdef';
const PREFIX = 'sha256:';

/**
 * @internal The UTF-8 length of a text, without encoding it: 1 byte per code unit below U+0080, 2 below U+0800,
 * 3 for the rest of the BMP and for a lone surrogate (encoded as U+FFFD), 4 per surrogate pair.
 */
export function utf8Length(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) length += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 2; // 2 code units, 4 bytes
        i++;
      } else length += 2;
    } else length += 2;
  }
  return length;
}

/** Texts up to this many UTF-8 bytes are encoded into one reused buffer (no allocation per digest). */
const SCRATCH_BYTES = 1 << 16;
const scratch = new Uint8Array(SCRATCH_BYTES);

function bytesOf(text: string): Uint8Array {
  // 3 bytes per UTF-16 code unit at most.
  if (text.length * 3 > SCRATCH_BYTES) return encoder.encode(text);
  const { written } = encoder.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

/** Two lowercase hex digits per byte value. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => HEX[i >> 4]! + HEX[i & 15]!);

/** Read by {@link flat} (summed, so that an optimising compiler cannot drop the read). */
let touched = 0;

/**
 * A string built by concatenation, made flat: reading a character makes V8 copy a tree of concatenation nodes
 * (~32 bytes each, ~30 for a digest built by `+=`: ~0.9 KB per stored image, measured with a heap snapshot) into
 * one flat string, which the garbage collector then uses in the tree's place.
 */
function flat(text: string): string {
  touched = (touched + text.charCodeAt(0)) | 0;
  return text;
}

/** `sha256:` + the hex of 32 bytes, as one flat string. */
function digestText(byteAt: (i: number) => number): string {
  let text = PREFIX;
  for (let i = 0; i < 32; i++) text += BYTE_HEX[byteAt(i)]!;
  return flat(text);
}

/** The one-shot `hash` of `node:crypto` (Node 21.7+), where there is one. */
type OneShotHash = (algorithm: 'sha256', data: string, encoding: 'hex') => string;

/**
 * Node's native sha256, reached without an `import` (the simulator runs in browsers too, and stays synchronous):
 * `process.getBuiltinModule` exists in Node 22.3+ (and Bun), nowhere in browsers. About five times cheaper than
 * the pure-JavaScript sha256 for a manifest of 500 bytes; same bytes in (UTF-8, a lone surrogate as U+FFFD, as
 * `TextEncoder` does), same digest out.
 */
const nativeHash: OneShotHash | undefined = (() => {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = host?.getBuiltinModule?.('node:crypto') as { hash?: unknown } | undefined;
  return typeof crypto?.hash === 'function' ? (crypto.hash as OneShotHash) : undefined;
})();

/** @internal The pure-JavaScript sha256 (browsers), exported so a test can compare it with the native one. */
export function sha256DigestPortable(text: string): string {
  const bytes = sha256(bytesOf(text));
  return digestText((i) => bytes[i] as number);
}

/** @internal `sha256:` + the lowercase hex sha256 of a text's UTF-8 bytes. */
export function sha256Digest(text: string): string {
  if (nativeHash === undefined) return sha256DigestPortable(text);
  return flat(PREFIX + nativeHash('sha256', text, 'hex'));
}

/** @internal Rule I4: the image digest of a manifest, `sha256:` + hex of the sha256 of its UTF-8 bytes. */
export function manifestDigest(manifest: string): string {
  return sha256Digest(manifest);
}

/** Eight FNV-1a bases (the fractional parts of the square roots of the first primes, as sha256 uses). */
const BASES = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const words = new Uint32Array(8);

/** FNV-1a of a text's UTF-16 code units from `basis`, murmur3-finalised (as the simulator's PRNG seeds are). */
function fnv(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * @internal A digest for a synthetic blob (a layer or config nobody uploads): `sha256:` + 64 hex digits, eight
 * 32-bit hashes of the text with different bases, so the same text always gives the same digest. Not a sha256 of
 * anything, which no client can tell, as the blob does not exist; a manifest's own digest stays a real sha256
 * (rule I4). About 20 times cheaper than a sha256 in JavaScript, and it allocates only the result.
 */
export function syntheticBlobDigest(text: string): string {
  for (let i = 0; i < 8; i++) words[i] = fnv(text, BASES[i] as number);
  return digestText((i) => ((words[i >> 2] as number) >>> (24 - 8 * (i & 3))) & 0xff);
}
