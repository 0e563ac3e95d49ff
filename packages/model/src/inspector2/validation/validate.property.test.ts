import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInspector2Error } from '../../errors/inspector2-error.js';
import { Inspector2OperationName } from '../operations.js';
import { parseInspector2Input } from './validate.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 300);
const KEYS = [
  'maxResults',
  'nextToken',
  'filterCriteria',
  'sortCriteria',
  'resourceTypes',
  'accountIds',
  'ecrConfiguration',
  'aggregationType',
  'aggregationRequest',
  'severity',
  'comparison',
  'value',
  '__proto__',
  'constructor',
];
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('Inspector2 validation never throws', () => {
  it('S2 S3: any JSON value is either a clean input or an Inspector2Error, and leaves Object.prototype alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Inspector2OperationName), json, (operation, input) => {
        const parsed = parseInspector2Input(operation, JSON.parse(JSON.stringify(input) ?? 'null'));
        if (!parsed.ok) expect(isInspector2Error(parsed.error)).toBe(true);
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('maxResults');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
