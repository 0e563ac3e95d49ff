import { type Inspector2Error, inspector2Errors } from '../../errors/inspector2-error.js';
import { OPERATION_MODELS } from '../generated/input-specs.js';
import type { Inspector2OperationInput, Inspector2OperationName } from '../operations.js';
import { collectViolations } from './constraints.js';
import { CUSTOM_RULES } from './custom-rules.js';
import { readInspector2Input } from './read-input.js';

/**
 * @public Reads and checks an Inspector2 operation's input (untrusted: it may come straight from a JSON body) and
 * returns a clean copy, or the error Inspector2 answers with. Order (rules S2–S5): JSON types (ValidationException
 * CANNOT_PARSE, the first member only); then every constraint of the service model, all reported in one Coral
 * message (`2 validation errors detected: Value at 'maxResults' failed to satisfy constraint: …; Value at …`,
 * reason FIELD_VALIDATION_FAILED, one `fields` entry each), with members that filter shapes do not know; then
 * rules across members. Timestamps may be `Date`s or epoch seconds; the copy holds `Date`s. Never throws on JSON data.
 *
 * @example parseInspector2Input('ListFindings', { maxResults: 123 })
 * // { ok: false, error: ValidationException "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100" }
 */
export function parseInspector2Input<O extends Inspector2OperationName>(
  operation: O,
  input: unknown,
): { ok: true; input: Inspector2OperationInput<O> } | { ok: false; error: Inspector2Error } {
  const model = OPERATION_MODELS[operation];
  const read = readInspector2Input(model.input, input);
  if (!read.ok) return read;
  const violations = collectViolations(model.input, read.value, read.unknown);
  if (violations.length > 0) return { ok: false, error: inspector2Errors.validation(violations) };
  const custom = CUSTOM_RULES[operation]?.(read.value);
  if (custom) return { ok: false, error: custom };
  return { ok: true, input: read.value as Inspector2OperationInput<O> };
}

/** @public {@link parseInspector2Input}'s error, or `undefined` for a valid input. */
export function validateInspector2Input(
  operation: Inspector2OperationName,
  input: unknown,
): Inspector2Error | undefined {
  const parsed = parseInspector2Input(operation, input);
  return parsed.ok ? undefined : parsed.error;
}
