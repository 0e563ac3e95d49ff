const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** @internal UTF-8 bytes of a string (lone surrogates become U+FFFD, as `TextEncoder` does). */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** @internal Text of UTF-8 bytes, or `undefined` when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Node's `Buffer.byteLength`, where there is one (never in browsers): native, several times cheaper than the loop
 * below on a 6 KB findings page, and the same count (a lone surrogate counts 3).
 */
const nativeByteLength: ((text: string) => number) | undefined = (() => {
  const buffer = (globalThis as { Buffer?: { byteLength?: (text: string, encoding: 'utf8') => number } })
    .Buffer;
  const byteLength = buffer?.byteLength;
  return typeof byteLength === 'function' ? (text) => byteLength.call(buffer, text, 'utf8') : undefined;
})();

/** @internal The UTF-8 length of a string without encoding it (a lone surrogate counts 3, as U+FFFD). */
export function utf8ByteLength(text: string): number {
  return nativeByteLength === undefined ? utf8ByteLengthPortable(text) : nativeByteLength(text);
}

/** @internal {@link utf8ByteLength} in JavaScript alone (browsers), exported so a test can compare the two. */
export function utf8ByteLengthPortable(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
