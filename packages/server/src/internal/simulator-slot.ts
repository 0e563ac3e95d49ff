import type { EcrSimulator, SimulatorSnapshot } from '@ecr-scan-sim/simulator';

/**
 * @internal Holds the server's current simulator. `PUT /_sim/snapshot` must replace the whole state, and a
 * snapshot can only be loaded by creating a simulator, so the server reads the simulator through this slot
 * on every request instead of keeping one reference.
 */
export class SimulatorSlot {
  readonly #create: (snapshot?: SimulatorSnapshot) => EcrSimulator;
  #current: EcrSimulator;

  constructor(create: (snapshot?: SimulatorSnapshot) => EcrSimulator, initial?: SimulatorSnapshot) {
    this.#create = create;
    this.#current = create(initial);
  }

  get current(): EcrSimulator {
    return this.#current;
  }

  /** Creates a simulator from `snapshot` (same options and clock) and makes it current. Throws if it is invalid. */
  restore(snapshot: SimulatorSnapshot): EcrSimulator {
    const next = this.#create(snapshot);
    this.#current = next;
    return next;
  }
}
