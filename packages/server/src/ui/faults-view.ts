import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import type { FaultView } from './dashboard-types.js';

/** @internal The armed faults as JSON (`GET /_sim/faults` and the dashboard): `remaining: null` never runs out. */
export function faultsView(sim: EcrSimulator): FaultView[] {
  return sim.inspect.faults().map((fault) => ({
    operation: fault.operation ?? null,
    error: fault.error,
    times: fault.times ?? null,
    probability: fault.probability ?? null,
    remaining: Number.isFinite(fault.remaining) ? fault.remaining : null,
  }));
}
