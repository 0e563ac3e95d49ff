import {
  INSPECTOR2_API_METHOD,
  type Inspector2Api,
  Inspector2OperationName,
  type Inspector2OperationOutput,
  inspector2Errors,
  isInspector2Error,
  parseInspector2Input,
} from '@ecr-scan-sim/model';
import type { CallLog } from '../controls/call-log.js';
import { cloneInput, inspector2CallRecord } from '../controls/calls.js';
import type { FaultInjector } from '../controls/faults.js';
import type { CallContext, Clock, Inspector2Simulator, ResolvedSimulatorOptions } from '../glossary.js';
import type { SimState } from '../state/types.js';
import { INSPECTOR2_OPERATIONS } from './operations/index.js';

/** @internal What the Inspector2 view needs from its simulator; getters, as `reset()` replaces state and log. */
export interface Inspector2Host {
  state(): SimState;
  calls(): CallLog;
  faults(): FaultInjector;
  readonly options: ResolvedSimulatorOptions;
  readonly clock: Clock;
}

/**
 * Amazon Inspector2 over the simulator's state (rule S31), entered exactly as ECR calls are: the model reads and
 * validates the input (Inspector2's ValidationException), then faults of service `inspector2` apply, then the
 * operation runs on the clean copy; every call is logged with `service: 'inspector2'`. Operations check
 * everything before they change anything, so a refused call changes nothing (X1).
 * @internal
 */
export function createInspector2View(host: Inspector2Host): Inspector2Simulator {
  async function call<O extends Inspector2OperationName>(
    operation: O,
    input: unknown,
    context?: CallContext,
  ): Promise<Inspector2OperationOutput<O>> {
    const region = context?.region ?? host.options.region;
    const now = host.clock.now();
    const calls = host.calls();
    const logged = calls.enabled ? cloneInput(input) : undefined;
    try {
      if (!Inspector2OperationName.includes(operation))
        throw inspector2Errors.unknownOperation('POST', `(operation ${String(operation)})`);
      const parsed = parseInspector2Input(operation, input);
      if (!parsed.ok) throw parsed.error;
      const fault = host.faults().check(operation, 'inspector2');
      if (fault) throw fault;
      const run = INSPECTOR2_OPERATIONS[operation] as (
        ctx: unknown,
        input: unknown,
      ) => Inspector2OperationOutput<O>;
      const output = run({ state: host.state(), options: host.options, now, region }, parsed.input);
      calls.push(inspector2CallRecord(operation, logged, region, now, undefined));
      return output;
    } catch (thrown) {
      const error = isInspector2Error(thrown)
        ? thrown
        : inspector2Errors.simulatorBug(thrown instanceof Error ? thrown.message : String(thrown));
      calls.push(inspector2CallRecord(operation, logged, region, now, error));
      throw error;
    }
  }
  const api = Object.fromEntries(
    Inspector2OperationName.map((operation) => [
      INSPECTOR2_API_METHOD[operation],
      (input: unknown) => call(operation, input ?? {}),
    ]),
  ) as unknown as Inspector2Api;
  return { ...api, call };
}
