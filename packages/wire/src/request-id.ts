import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import { hash128 } from './internal/hash128.js';

/** Requests answered so far, per simulator. Kept here, not on the simulator, so its state stays the simulator's. */
const counters = new WeakMap<object, number>();

const HEX = '0123456789abcdef';
/** Two hex digits per byte value. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => HEX[i >> 4]! + HEX[i & 15]!);
const hex4 = (n: number): string => BYTE_HEX[(n >>> 8) & 255]! + BYTE_HEX[n & 255]!;
const hex8 = (n: number): string => hex4(n >>> 16) + hex4(n & 0xffff);

/**
 * @internal A UUID-shaped id (version 4 and RFC 4122 variant bits, like the ids AWS sends) derived from the seed
 * and a counter: deterministic, so two simulators with the same seed hand out the same ids in the same order.
 * The 32 hex digits of the four hash words, with digit 12 replaced by the version `4` and digit 16 by the
 * variant (`8`–`b`), written straight from the words (every response carries one).
 */
export function requestIdFrom(seed: number | string, counter: number): string {
  const [a, b, c, d] = hash128(`${typeof seed}:${seed}\u0000${counter}`);
  const version = `4${HEX[(b >>> 8) & 15]}${BYTE_HEX[b & 255]}`;
  const variant = `${HEX[((c >>> 28) & 0x3) | 0x8]}${HEX[(c >>> 24) & 15]}${BYTE_HEX[(c >>> 16) & 255]}`;
  return `${hex8(a)}-${hex4(b >>> 16)}-${version}-${variant}-${hex4(c & 0xffff)}${hex8(d)}`;
}

/**
 * @public The next `x-amzn-RequestId` of a simulator: the n-th response of a simulator seeded `s` always gets
 * the same id. The counter lives in a `WeakMap` keyed by the simulator, so it is not part of its state or snapshot.
 */
export function nextRequestId(simulator: Pick<EcrSimulator, 'options'>): string {
  const counter = counters.get(simulator) ?? 0;
  counters.set(simulator, counter + 1);
  return requestIdFrom(simulator.options.seed, counter);
}
