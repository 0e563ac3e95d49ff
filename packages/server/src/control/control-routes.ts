import {
  type EcrErrorCode,
  ERROR_CODES,
  INSPECTOR2_ERROR_CODES,
  type Inspector2ErrorCode,
  Inspector2OperationName,
  OperationName,
} from '@ecr-scan-sim/model';
import type { FaultSpec, SimulatorSnapshot } from '@ecr-scan-sim/simulator';
import type { ControllableClock } from '../glossary.js';
import { durationAt } from '../internal/duration.js';
import { parseProfile } from '../internal/parse-profile.js';
import type { SimulatorSlot } from '../internal/simulator-slot.js';
import { toEpochMs } from '../internal/time.js';
import {
  expectObject,
  InputError,
  member,
  optEnum,
  optNumber,
  optString,
  reqString,
} from '../internal/untrusted.js';
import { buildDashboardView } from '../ui/dashboard-view.js';
import { faultsView } from '../ui/faults-view.js';
import { parseStateQuery } from '../ui/state-route.js';

/** @internal What a control route can reach: the simulator slot and the shared clock. */
export interface ControlContext {
  slot: SimulatorSlot;
  clock: ControllableClock;
}

/** @internal One route: parsed JSON body (or undefined) and the query in, JSON-serialisable value out. */
export type ControlHandler = (ctx: ControlContext, body: unknown, query: URLSearchParams) => unknown;

const clockView = (clock: ControllableClock) => {
  const epochMs = clock.now();
  return { now: new Date(epochMs).toISOString(), epochMs };
};

const ERROR_NAMES = Object.keys(ERROR_CODES) as EcrErrorCode[];

const INSPECTOR2_ERROR_NAMES = Object.keys(INSPECTOR2_ERROR_CODES) as Inspector2ErrorCode[];

/** `{ error, operation?, times?, probability?, service? }`: ECR's fault unless `service` is `inspector2` (S31). */
function parseFault(body: unknown): FaultSpec {
  const obj = expectObject(body, '', ['service', 'operation', 'error', 'times', 'probability']);
  const service = optEnum(obj, 'service', '', ['ecr', 'inspector2'] as const);
  const times = optNumber(obj, 'times', '', { min: 1, max: 1_000_000 });
  const probability = optNumber(obj, 'probability', '', { min: 0, max: 1, integer: false });
  const extra = {
    ...(times === undefined ? {} : { times }),
    ...(probability === undefined ? {} : { probability }),
  };
  if (service === 'inspector2') {
    const error = optEnum(obj, 'error', '', INSPECTOR2_ERROR_NAMES);
    if (error === undefined)
      throw new InputError('error', 'is required (an exception name, e.g. ThrottlingException)');
    const operation = optEnum(obj, 'operation', '', Inspector2OperationName);
    return { service, error, ...(operation === undefined ? {} : { operation }), ...extra };
  }
  const error = optEnum(obj, 'error', '', ERROR_NAMES);
  if (error === undefined)
    throw new InputError('error', 'is required (an exception name, e.g. ServerException)');
  const operation = optEnum(obj, 'operation', '', OperationName);
  return { error, ...(operation === undefined ? {} : { operation }), ...extra };
}

function parseSnapshot(body: unknown): SimulatorSnapshot {
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  if (!isObject || member(body as Record<string, unknown>, 'format') !== 'ecr-scan-sim/snapshot') {
    throw new InputError('format', 'must be "ecr-scan-sim/snapshot" (send what GET /_sim/snapshot returned)');
  }
  return body as SimulatorSnapshot;
}

function reset(ctx: ControlContext): { ok: true } {
  ctx.slot.current.reset();
  return { ok: true };
}

/** @internal The control routes (`/_sim/…` and moto's reset path): path → method → handler. */
export const CONTROL_ROUTES: Readonly<Record<string, Readonly<Record<string, ControlHandler>>>> = {
  '/_sim/clock': { GET: (ctx) => clockView(ctx.clock) },
  '/_sim/clock/tick': {
    POST: (ctx, body) => {
      const obj = expectObject(body, '', ['ms', 'duration']);
      const raw = member(obj, 'ms') ?? member(obj, 'duration');
      if (raw === undefined) throw new InputError('', 'needs "ms" (a number) or "duration" (e.g. "24h")');
      const key = member(obj, 'ms') !== undefined ? 'ms' : 'duration';
      ctx.clock.tick(durationAt(raw, key));
      return clockView(ctx.clock);
    },
  },
  '/_sim/clock/set': {
    POST: (ctx, body) => {
      const obj = expectObject(body, '', ['time']);
      const time = member(obj, 'time');
      if (typeof time !== 'number' && typeof time !== 'string') {
        throw new InputError('time', 'is required: an ISO time or epoch milliseconds');
      }
      let ms: number;
      try {
        ms = toEpochMs(time);
      } catch {
        throw new InputError('time', 'must be an ISO time or epoch milliseconds');
      }
      ctx.clock.setSystemTime(ms);
      return clockView(ctx.clock);
    },
  },
  '/_sim/reset': { POST: reset },
  // R22: moto's server-mode decorators call this before and after every test; it resets exactly as /_sim/reset.
  '/moto-api/reset': { POST: reset },
  '/_sim/snapshot': {
    GET: (ctx) => ctx.slot.current.snapshot(),
    PUT: (ctx, body) => {
      ctx.slot.restore(parseSnapshot(body));
      return { ok: true };
    },
  },
  '/_sim/images/profile': {
    PUT: (ctx, body) => {
      const obj = expectObject(body, '', ['repositoryName', 'imageId', 'profile', 'region']);
      const repositoryName = reqString(obj, 'repositoryName', '');
      const imageId = expectObject(member(obj, 'imageId'), 'imageId', ['imageDigest', 'imageTag']);
      const imageDigest = optString(imageId, 'imageDigest', 'imageId');
      const imageTag = optString(imageId, 'imageTag', 'imageId');
      if (imageDigest === undefined && imageTag === undefined) {
        throw new InputError('imageId', 'needs imageDigest or imageTag');
      }
      const region = optString(obj, 'region', '');
      const profile = parseProfile(member(obj, 'profile'), 'profile');
      ctx.slot.current.setImageProfile(
        {
          repositoryName,
          ...(imageDigest === undefined ? {} : { imageDigest }),
          ...(imageTag === undefined ? {} : { imageTag }),
          ...(region === undefined ? {} : { region }),
        },
        profile,
      );
      return { ok: true };
    },
  },
  '/_sim/faults': {
    GET: (ctx) => ({ faults: faultsView(ctx.slot.current) }),
    POST: (ctx, body) => {
      const handle = ctx.slot.current.injectFault(parseFault(body));
      const remaining = handle.remaining();
      return { ok: true, remaining: Number.isFinite(remaining) ? remaining : null };
    },
    DELETE: (ctx) => {
      ctx.slot.current.clearFaults();
      return { ok: true };
    },
  },
  '/_sim/calls': { GET: (ctx) => ({ calls: ctx.slot.current.calls }) },
  '/_sim/events': { GET: (ctx) => ({ events: ctx.slot.current.events }) },
  '/_sim/state': {
    GET: (ctx, _body, query) => buildDashboardView(ctx.slot.current, ctx.clock, parseStateQuery(query)),
  },
};
