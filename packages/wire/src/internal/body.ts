/**
 * @internal A request body as text or bytes (any `ArrayBufferView`, also from another realm); `''` for none;
 * `undefined` for anything else (which both protocols refuse as unreadable).
 */
export function bodyOf(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return undefined;
}
