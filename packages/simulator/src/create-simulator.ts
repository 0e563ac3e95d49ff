import {
  API_METHOD,
  type EcrApi,
  ecrErrors,
  isEcrError,
  OperationName as OPERATION_NAMES,
  type OperationName,
  type OperationOutput,
  readValidInput,
} from '@ecr-scan-sim/model';
import { FakeClock } from './clock/fake-clock.js';
import { CallLog } from './controls/call-log.js';
import { callRecord, cloneInput } from './controls/calls.js';
import { deriveEvents } from './controls/events.js';
import { FaultInjector } from './controls/faults.js';
import { createInspector } from './controls/inspect.js';
import { checkProfile, setProfile } from './controls/profiles.js';
import { emptyState, fromSnapshot, toSnapshot } from './controls/snapshot.js';
import type { CallContext, Clock, EcrSimulator, PushImageInput, SimulatorOptions } from './glossary.js';
import { createInspector2View } from './inspector2/create-inspector2.js';
import { cleanInput } from './internal/clean-input.js';
import { manifests } from './manifests.js';
import { OPERATIONS } from './operations/index.js';
import { resolveOptions } from './options.js';

/** Marks a call whose input the log has not taken yet. */
const NOT_LOGGED: unique symbol = Symbol('not logged');

const KNOWN_OPERATIONS: ReadonlySet<string> = new Set(OPERATION_NAMES);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Creates an in-memory Amazon ECR with basic image scanning, driven by a clock you control.
 *
 * Every `EcrApi` method is `sim.call(operation, input)`: the input is validated by the model
 * (SerializationException / InvalidParameterException), injected faults apply, then the operation runs. Failures
 * reject with an `EcrError` from the model's catalogue; a rejected call changes nothing (rule X1). The simulator
 * schedules no timers (rule T1): scan outcomes, window expiry and restores are derived from `clock.now()`.
 * @param options - see {@link SimulatorOptions}; without `clock`, a `new FakeClock()` exposed as `sim.clock`
 * @throws TypeError `[ecr-scan-sim] invalid option …` / `invalid snapshot …` for bad options
 * @example const sim = createSimulator(); await sim.createRepository({ repositoryName: 'app' });
 * @public
 */
export function createSimulator(options?: SimulatorOptions & { clock?: undefined }): EcrSimulator<FakeClock>;
/** @public With your own clock: `sim.clock` is that clock. */
export function createSimulator<C extends Clock>(options: SimulatorOptions & { clock: C }): EcrSimulator<C>;
/** @public Options of unknown shape (for example read from a file). */
export function createSimulator(options?: SimulatorOptions): EcrSimulator;
export function createSimulator<C extends Clock>(
  options: SimulatorOptions & { clock?: C } = {},
): EcrSimulator<C> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      '[ecr-scan-sim] invalid option object: createSimulator expects an options object or nothing',
    );
  }
  const restored = options.snapshot === undefined ? undefined : fromSnapshot(options.snapshot);
  const resolved = deepFreeze(resolveOptions(options, restored?.options));
  const clock = (options.clock ?? new FakeClock(restored?.clockNow)) as C;
  let state = restored?.state ?? emptyState();
  let calls = new CallLog(resolved.callLogLimit);
  let faults = new FaultInjector(resolved.seed);

  /** One call, synchronously: the output, or a throw (an `EcrError` once the call is logged). */
  function callNow<O extends OperationName>(
    operation: O,
    input: unknown,
    context: CallContext | undefined,
  ): OperationOutput<O> {
    const region = context?.region ?? resolved.region;
    const now = clock.now();
    // One copy of the input: the validated copy the operation runs on. When it holds the whole input (the usual
    // case), the call log records that same copy, which operations never mutate nor keep; otherwise the log
    // takes a structured clone of the input as received.
    let logged: unknown = NOT_LOGGED;
    try {
      if (!KNOWN_OPERATIONS.has(operation)) throw ecrErrors.unknownOperation(String(operation));
      const checked = readValidInput(operation, input);
      if (isEcrError(checked)) throw checked;
      if (calls.enabled) logged = checked.exact ? checked.value : cloneInput(input);
      const fault = faults.check(operation);
      if (fault) throw fault;
      const run = OPERATIONS[operation] as (ctx: unknown, input: unknown) => OperationOutput<O>;
      const output = run(
        { state, options: resolved, now, region },
        checked.exact ? checked.value : cleanInput(input ?? {}),
      );
      if (calls.enabled) calls.pushAccepted(operation, logged, region, now, logged === checked.value);
      return output;
    } catch (thrown) {
      const error = isEcrError(thrown)
        ? thrown
        : ecrErrors.simulatorBug(thrown instanceof Error ? thrown.message : String(thrown));
      if (calls.enabled) {
        const recorded = logged === NOT_LOGGED ? cloneInput(input) : logged;
        calls.push(callRecord(operation, recorded, region, now, error));
      }
      throw error;
    }
  }

  // Not an `async` function: the operation runs synchronously either way, and a settled promise is cheaper.
  function call<O extends OperationName>(
    operation: O,
    input: unknown,
    context?: CallContext,
  ): Promise<OperationOutput<O>> {
    try {
      return Promise.resolve(callNow(operation, input, context));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  const api = Object.fromEntries(
    OPERATION_NAMES.map((operation) => [
      API_METHOD[operation],
      (input: unknown) => call(operation, input ?? {}),
    ]),
  ) as unknown as EcrApi;

  async function pushImage(input: PushImageInput): Promise<{ imageDigest: string; imageManifest: string }> {
    if (input.profile) checkProfile(input.profile); // before PutImage, so a bad profile pushes nothing
    const seedText = input.seedText ?? `${input.imageTag ?? 'untagged'}#${state.pushCounter}`;
    const imageManifest = input.imageManifest ?? manifests.image({ seedText });
    const context = input.region === undefined ? undefined : { region: input.region };
    const { image } = await call(
      'PutImage',
      {
        repositoryName: input.repositoryName,
        imageManifest,
        ...(input.imageTag === undefined ? {} : { imageTag: input.imageTag }),
        ...(input.imageManifestMediaType === undefined
          ? {}
          : { imageManifestMediaType: input.imageManifestMediaType }),
      },
      context,
    );
    state.pushCounter++;
    const imageDigest = image?.imageId?.imageDigest as string;
    if (input.profile) {
      setProfile(state, resolved.region, { ...input, imageDigest, imageTag: undefined }, input.profile);
    }
    return { imageDigest, imageManifest };
  }

  const inspector2 = createInspector2View({
    state: () => state,
    calls: () => calls,
    faults: () => faults,
    options: resolved,
    clock,
  });

  return {
    ...api,
    clock,
    options: resolved,
    call,
    inspector2,
    pushImage,
    setImageProfile: (ref, profile) => setProfile(state, resolved.region, ref, profile),
    get calls() {
      return calls.list();
    },
    get events() {
      return deriveEvents(state, resolved, clock.now());
    },
    injectFault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    inspect: createInspector({ state: () => state, faults: () => faults, options: resolved, clock }),
    reset() {
      state = emptyState();
      calls = new CallLog(resolved.callLogLimit);
      faults.clear();
      faults = new FaultInjector(resolved.seed);
    },
    snapshot: () => toSnapshot(state, resolved, clock.now()),
  };
}
