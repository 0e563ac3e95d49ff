import type { Inspector2OperationName, OperationName } from '@ecr-scan-sim/model';
import type { EcrCallRecord, Inspector2CallRecord } from '../glossary.js';

/** @internal A structured clone of the input, or its JSON-safe form when it holds something uncloneable. */
export function cloneInput(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return String(input);
  }
}

/** Every successful record shares one frozen outcome: a log of 10,000 calls holds 10,000 fewer objects. */
const OK: { readonly ok: true } = Object.freeze({ ok: true });

/** @internal One entry of `sim.calls`. */
export function callRecord(
  operation: OperationName,
  input: unknown,
  region: string,
  at: number,
  error: { name: string; message: string } | undefined,
): EcrCallRecord {
  return {
    operation,
    input,
    region,
    at,
    outcome: error ? { ok: false, error: { name: error.name, message: error.message } } : OK,
  };
}

/** @internal One Inspector2 entry of `sim.calls` (rule S31): the ECR record's members plus `service`. */
export function inspector2CallRecord(
  operation: Inspector2OperationName,
  input: unknown,
  region: string,
  at: number,
  error: { name: string; message: string } | undefined,
): Inspector2CallRecord {
  return {
    service: 'inspector2',
    operation,
    input,
    region,
    at,
    outcome: error ? { ok: false, error: { name: error.name, message: error.message } } : { ok: true },
  };
}
