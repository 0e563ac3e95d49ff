import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifestDigest, sha256DigestPortable, syntheticBlobDigest, utf8Length } from './digest.js';

describe('digests', () => {
  it('I4: a manifest digest is the sha256 of its UTF-8 bytes, short or long', () => {
    const sha = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(manifestDigest(text)).toBe(sha(text));
      }),
    );
    // Past the reused 64 KiB buffer, and astral characters (4 bytes each) near its edge.
    for (const text of ['x'.repeat(30_000), '\u{1F600}'.repeat(5_461), 'é'.repeat(40_000)])
      expect(manifestDigest(text)).toBe(sha(text));
  });

  it('I4: the pure-JavaScript sha256 (browsers) gives the digest the native one (Node) gives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256DigestPortable(text)).toBe(manifestDigest(text));
      }),
    );
    for (const text of ['', 'x'.repeat(30_000), '\u{1F600}'.repeat(5_461), 'a\uD800b\uDC00'])
      expect(sha256DigestPortable(text)).toBe(manifestDigest(text));
  });

  it('utf8Length is the length of the UTF-8 encoding, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
    expect(utf8Length('a\uD800b\uDC00')).toBe(8);
  });

  it('a synthetic blob digest is deterministic, digest-shaped and differs per text', () => {
    const a = syntheticBlobDigest('seed\u0000layer0');
    expect(a).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(syntheticBlobDigest('seed\u0000layer0')).toBe(a);
    const many = new Set(Array.from({ length: 5_000 }, (_, i) => syntheticBlobDigest(`s${i}`)));
    expect(many.size).toBe(5_000);
  });
});
