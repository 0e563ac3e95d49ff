import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8, utf8ByteLength, utf8ByteLengthPortable } from './utf8.js';

describe('utf8ByteLength', () => {
  it('counts the bytes of the UTF-8 encoding, natively (Node) and in JavaScript alone (browsers)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const bytes = encodeUtf8(text).byteLength;
        expect(utf8ByteLength(text)).toBe(bytes);
        expect(utf8ByteLengthPortable(text)).toBe(bytes);
      }),
    );
    // A lone surrogate counts 3 bytes (U+FFFD), a pair 4.
    expect(utf8ByteLengthPortable('a\uD800b\uD83D\uDE00')).toBe(utf8ByteLength('a\uD800b\uD83D\uDE00'));
  });
});
