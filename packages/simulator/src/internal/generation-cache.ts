/**
 * A bounded memo of pure generation (findings and anything else derived from seeds): the key spells out every
 * input the value is generated from, so a hit is exactly what generating again would give, and evicting an
 * entry only costs its regeneration. Nothing in it is state: snapshots, `reset()` and determinism never see it.
 */

/** @internal A value and what it weighs against the capacity. */
interface Entry<V> {
  value: V;
  weight: number;
  /** Used since it was last put at the end of the order (a "second chance" when eviction reaches it). */
  used: boolean;
}

/**
 * @internal Least recently used first out, by total weight, in its "second chance" (CLOCK) form: a `Map` keeps
 * insertion order; a hit only marks its entry used (no `Map` write on the hot path); eviction takes from the
 * front, moving a used entry to the end, unmarked, instead of dropping it.
 */
export class GenerationCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  #weight = 0;

  /** @param capacity - the most weight kept; an entry heavier than that alone is made but not kept */
  constructor(readonly capacity: number) {}

  /**
   * The value generated from the inputs `key` names: from the cache, or made now by `make` (and kept).
   * @param key - every input of the generation, e.g. `` `${seed}\u0000${digest}\u0000${profileId}` ``
   * @param make - generates the value; must be a pure function of what `key` names
   * @param weigh - the value's weight (default 1)
   */
  get<T extends V>(key: string, make: () => T, weigh: (value: T) => number = () => 1): T {
    const entries = this.#entries;
    const hit = entries.get(key);
    if (hit !== undefined) {
      hit.used = true;
      return hit.value as T;
    }
    const value = make();
    const weight = weigh(value);
    if (weight > this.capacity) return value;
    entries.set(key, { value, weight, used: false });
    this.#weight += weight;
    // Ends: every used entry met is moved to the end unmarked, so a second pass meets it unused; the new entry
    // (unused, last) is never reached, as it alone fits.
    for (const [oldest, entry] of entries) {
      if (this.#weight <= this.capacity) break;
      entries.delete(oldest);
      if (entry.used) {
        entry.used = false;
        entries.set(oldest, entry);
      } else this.#weight -= entry.weight;
    }
    return value;
  }

  /** The weight kept now. */
  get weight(): number {
    return this.#weight;
  }

  /** Entries kept now. */
  get size(): number {
    return this.#entries.size;
  }

  /** Drops everything (for tests and memory measurements). */
  clear(): void {
    this.#entries.clear();
    this.#weight = 0;
  }
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/**
 * @internal A number that stands for one object in a cache key: the same object, the same number. Only for
 * objects nobody mutates once made (the simulator's copies of image profiles): a changed profile is a new object.
 * `undefined` is 0.
 */
export function identityKey(value: object | undefined): number {
  if (value === undefined) return 0;
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId++;
    ids.set(value, id);
  }
  return id;
}
