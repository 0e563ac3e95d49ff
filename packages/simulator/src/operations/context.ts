import type { ResolvedSimulatorOptions } from '../glossary.js';
import type { SimState } from '../state/types.js';

/**
 * What an operation sees: the state, the options, the one clock reading of this call, and the region the call
 * is addressed to. Operations are synchronous and structured "check everything, then commit" (rule X1).
 * @internal
 */
export interface OperationContext {
  readonly state: SimState;
  readonly options: ResolvedSimulatorOptions;
  readonly now: number;
  readonly region: string;
}

/**
 * @internal An operation: SDK-shaped input (already validated) to SDK-shaped output. The input is the call's one
 * copy, which `sim.calls` may record as it is: read it, never mutate it, and copy what the state keeps.
 */
export type Operation<I, O> = (ctx: OperationContext, input: I) => O;
