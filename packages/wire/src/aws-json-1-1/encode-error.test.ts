import { EcrError, type EcrErrorCode, ERROR_CODES, ecrErrors, JSON_CONTENT_TYPE } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeError } from './encode-error.js';

const codes = Object.keys(ERROR_CODES) as EcrErrorCode[];

describe('encodeError', () => {
  it('W1: answers every catalogue code with its status, {"__type","message"} and x-amzn-ErrorType', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.string(), (code, message) => {
        const res = encodeError(new EcrError(code, message), 'rid');
        expect(res.status).toBe(ERROR_CODES[code].httpStatus);
        expect(JSON.parse(res.body)).toEqual({ __type: code, message });
        expect(res.headers['x-amzn-errortype']).toBe(code);
        expect(res.headers['x-amzn-requestid']).toBe('rid');
        expect(res.headers['content-type']).toBe(JSON_CONTENT_TYPE);
        expect(Number(res.headers['content-length'])).toBe(new TextEncoder().encode(res.body).length);
        expect(res.headers).not.toHaveProperty('date');
      }),
    );
  });

  it('W1: ServerException is a 500, LimitExceededException a 400', () => {
    expect(encodeError(ecrErrors.serverError(), 'r').status).toBe(500);
    expect(encodeError(ecrErrors.scanQuotaPerImage(), 'r').status).toBe(400);
  });

  it('uses an explicit status over the catalogue one', () => {
    expect(encodeError(ecrErrors.unknownOperation('GET /'), 'r', 404).status).toBe(404);
  });
});
