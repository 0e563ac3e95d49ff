import { describe, expect, it } from 'vitest';
import { INSPECTOR2_ERROR_CODES, INSPECTOR2_MESSAGES } from './inspector2-catalogue.js';
import { Inspector2Error, inspector2Errors, isInspector2Error } from './inspector2-error.js';

describe('INSPECTOR2_ERROR_CODES', () => {
  it('W4: statuses are those of the service model (@httpError)', () => {
    expect(INSPECTOR2_ERROR_CODES.ValidationException.httpStatus).toBe(400);
    expect(INSPECTOR2_ERROR_CODES.AccessDeniedException.httpStatus).toBe(403);
    expect(INSPECTOR2_ERROR_CODES.ResourceNotFoundException.httpStatus).toBe(404);
    expect(INSPECTOR2_ERROR_CODES.ThrottlingException.httpStatus).toBe(429);
    expect(INSPECTOR2_ERROR_CODES.InternalServerException).toMatchObject({
      httpStatus: 500,
      fault: 'server',
    });
    for (const [code, entry] of Object.entries(INSPECTOR2_ERROR_CODES))
      if (code !== 'InternalServerException') expect(entry.fault, code).toBe('client');
  });
});

describe('INSPECTOR2_MESSAGES', () => {
  it('every template names a known code (or none, for fragments), a source and a confidence', () => {
    for (const [id, entry] of Object.entries(INSPECTOR2_MESSAGES)) {
      if (entry.code !== null) expect(Object.hasOwn(INSPECTOR2_ERROR_CODES, entry.code), id).toBe(true);
      expect(entry.source.length, id).toBeGreaterThan(0);
      for (const match of entry.template.matchAll(/<([^>]*)>/g)) expect(match[1], id).toMatch(/^[a-zA-Z]+$/);
    }
  });
});

describe('Inspector2Error', () => {
  it('carries the model members and a JSON view', () => {
    const error = inspector2Errors.validation([{ name: 'maxResults', message: 'Member must not be null' }]);
    expect(error.toJSON()).toEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must not be null",
      $fault: 'client',
      httpStatus: 400,
      reason: 'FIELD_VALIDATION_FAILED',
      fields: [{ name: 'maxResults', message: 'Member must not be null' }],
    });
    expect(isInspector2Error(JSON.parse(JSON.stringify({ ...error.toJSON(), members: {} })))).toBe(true);
    expect(isInspector2Error(new Error('x'))).toBe(false);
  });

  it('byCode gives every code an answer; fixed texts where the catalogue has them', () => {
    for (const code of Object.keys(INSPECTOR2_ERROR_CODES) as (keyof typeof INSPECTOR2_ERROR_CODES)[]) {
      const error = inspector2Errors.byCode(code);
      expect(error).toBeInstanceOf(Inspector2Error);
      expect(error.name).toBe(code);
    }
    expect(inspector2Errors.byCode('ThrottlingException').message).toBe('Rate exceeded');
    expect(inspector2Errors.byCode('ValidationException').members.reason).toBe('OTHER');
  });
});
