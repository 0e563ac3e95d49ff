import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/** @internal UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** @internal Rule I4: the image digest of a manifest, `sha256:` + hex of the sha256 of its UTF-8 bytes. */
export function manifestDigest(manifest: string): string {
  return `sha256:${bytesToHex(sha256(utf8(manifest)))}`;
}
