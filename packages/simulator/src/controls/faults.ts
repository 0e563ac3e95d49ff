import {
  type EcrError,
  ERROR_CODES,
  ecrErrors,
  INSPECTOR2_ERROR_CODES,
  type Inspector2Error,
  Inspector2OperationName,
  inspector2Errors,
  OperationName,
} from '@ecr-scan-sim/model';
import type { ActiveFaultView, FaultHandle, FaultSpec } from '../glossary.js';
import { createPrng, type Prng } from '../internal/prng.js';

interface ActiveFault {
  spec: FaultSpec;
  left: number;
  prng: Prng | undefined;
}

/**
 * Injected faults, checked after validation and before the operation. Each fault has its own PRNG stream forked
 * from the seed and the fault's number, so probabilistic faults are reproducible and independent.
 * @internal
 */
export class FaultInjector {
  #faults: ActiveFault[] = [];
  #created = 0;
  readonly #seed: number | string;

  constructor(seed: number | string) {
    this.#seed = seed;
  }

  add(spec: FaultSpec): FaultHandle {
    if (typeof spec !== 'object' || spec === null) {
      throw new TypeError('[ecr-scan-sim] injectFault: expected a fault spec object');
    }
    const inspector = spec.service === 'inspector2';
    if (spec.service !== undefined && spec.service !== 'ecr' && !inspector) {
      throw new TypeError(
        `[ecr-scan-sim] injectFault: service must be 'ecr' or 'inspector2', got ${String(spec.service)}`,
      );
    }
    const codes = inspector ? INSPECTOR2_ERROR_CODES : ERROR_CODES;
    if (!Object.hasOwn(codes, spec.error)) {
      throw new TypeError(
        `[ecr-scan-sim] injectFault: error must be an exception name of the ${inspector ? 'Inspector2' : 'ECR'} catalogue, got ${String(spec.error)}`,
      );
    }
    const names: readonly string[] = inspector ? Inspector2OperationName : OperationName;
    if (spec.operation !== undefined && !names.includes(spec.operation)) {
      throw new TypeError(
        `[ecr-scan-sim] injectFault: operation ${String(spec.operation)} is not a served ${inspector ? 'Inspector2' : 'ECR'} operation`,
      );
    }
    const { times, probability } = spec;
    if (times !== undefined && (!Number.isSafeInteger(times) || times < 1)) {
      throw new TypeError(`[ecr-scan-sim] injectFault: times must be an integer >= 1, got ${times}`);
    }
    if (probability !== undefined && !(probability >= 0 && probability <= 1)) {
      throw new TypeError(`[ecr-scan-sim] injectFault: probability must be within 0..1, got ${probability}`);
    }
    const fault: ActiveFault = {
      spec: { ...spec },
      left: times ?? (probability === undefined ? 1 : Number.POSITIVE_INFINITY),
      prng: probability === undefined ? undefined : createPrng(this.#seed).fork(`fault:${this.#created}`),
    };
    this.#created++;
    this.#faults.push(fault);
    return {
      remaining: () => fault.left,
      cancel: () => {
        fault.left = 0;
        this.#faults = this.#faults.filter((f) => f !== fault);
      },
    };
  }

  /** The faults still armed, in the order they are checked, with the calls each has left. */
  list(): ActiveFaultView[] {
    return this.#faults.filter((f) => f.left > 0).map((f) => ({ ...f.spec, remaining: f.left }));
  }

  clear(): void {
    for (const fault of this.#faults) fault.left = 0;
    this.#faults = [];
  }

  /**
   * The error of the first fault that fires for this call, if any (consumes one of its `times`). Faults of the
   * other service never fire (rule S31).
   */
  check(operation: OperationName): EcrError | undefined;
  check(operation: Inspector2OperationName, service: 'inspector2'): Inspector2Error | undefined;
  check(operation: string, service: 'ecr' | 'inspector2' = 'ecr'): EcrError | Inspector2Error | undefined {
    for (const fault of this.#faults) {
      if (fault.left <= 0) continue;
      if ((fault.spec.service ?? 'ecr') !== service) continue;
      if (fault.spec.operation !== undefined && fault.spec.operation !== operation) continue;
      if (fault.prng && fault.prng.next() >= (fault.spec.probability ?? 0)) continue;
      fault.left--;
      if (fault.left <= 0) this.#faults = this.#faults.filter((f) => f !== fault);
      return fault.spec.service === 'inspector2'
        ? inspector2Errors.byCode(fault.spec.error)
        : ecrErrors.byCode(fault.spec.error);
    }
    return undefined;
  }
}
