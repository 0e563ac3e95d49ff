import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import { hash128 } from './internal/hash128.js';

/** Requests answered so far, per simulator. Kept here, not on the simulator, so its state stays the simulator's. */
const counters = new WeakMap<object, number>();

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/**
 * @internal A UUID-shaped id (version 4 and RFC 4122 variant bits, like the ids AWS sends) derived from the seed
 * and a counter: deterministic, so two simulators with the same seed hand out the same ids in the same order.
 */
export function requestIdFrom(seed: number | string, counter: number): string {
  const [a, b, c, d] = hash128(`${typeof seed}:${seed}\u0000${counter}`);
  const hex = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
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
