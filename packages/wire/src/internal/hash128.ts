/**
 * @internal A small, fast, non-cryptographic 128-bit string hash (four multiply-xorshift lanes over the UTF-16
 * code units, then cross-mixed). Deterministic on every platform; used only to derive request ids.
 */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 0x6a09e667;
  let h2 = 0xbb67ae85;
  let h3 = 0x3c6ef372;
  let h4 = 0xa54ff53a;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ c, 0x9e3779b1);
    h2 = h3 ^ Math.imul(h2 ^ c, 0x85ebca77);
    h3 = h4 ^ Math.imul(h3 ^ c, 0xc2b2ae3d);
    h4 = h1 ^ Math.imul(h4 ^ c, 0x27d4eb2f);
  }
  for (let round = 0; round < 2; round++) {
    h1 = Math.imul(h3 ^ (h1 >>> 18), 0x85ebca6b);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 0xc2b2ae35);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 0x9e3779b1);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 0x27d4eb2f);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
  }
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
