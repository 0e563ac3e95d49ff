import { describe, expect, it } from 'vitest';
import { ERROR_CODES, formatMessage, MESSAGES } from './catalogue.js';

describe('formatMessage', () => {
  it('fills every placeholder in one pass', () => {
    expect(formatMessage('<a> and <b> and <a>', { a: 'x', b: 2 })).toBe('x and 2 and x');
  });

  it('never re-scans inserted values, so input cannot inject placeholders', () => {
    expect(formatMessage('<a>/<b>', { a: '<b>', b: 'B' })).toBe('<b>/B');
  });

  it('leaves a placeholder without a parameter visible', () => {
    expect(formatMessage("name '<repositoryName>'", {})).toBe("name '<repositoryName>'");
  });

  it('ignores inherited keys (constructor, toString)', () => {
    expect(formatMessage('<constructor> <toString>', {})).toBe('<constructor> <toString>');
  });

  it('inserts $-patterns verbatim', () => {
    expect(formatMessage('<a>', { a: "$& $' $1" })).toBe("$& $' $1");
  });
});

describe('ERROR_CODES', () => {
  it('W1: ServerException is a 500 server fault; every other code is a client fault with a 4xx status', () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      if (code === 'ServerException') expect(entry).toMatchObject({ fault: 'server', httpStatus: 500 });
      else {
        expect(entry.fault, code).toBe('client');
        expect(entry.httpStatus >= 400 && entry.httpStatus < 500, code).toBe(true);
      }
      expect(entry.when.length, code).toBeGreaterThan(0);
    }
  });

  it('W1: ECR service exceptions are HTTP 400 (D17)', () => {
    const ecr = [
      'InvalidParameterException',
      'LimitExceededException',
      'RepositoryNotFoundException',
      'ImageNotFoundException',
      'ScanNotFoundException',
      'UnsupportedImageTypeException',
      'ImageArchivedException',
      'ValidationException',
      'SerializationException',
    ] as const;
    for (const code of ecr) expect(ERROR_CODES[code].httpStatus, code).toBe(400);
  });
});

describe('MESSAGES', () => {
  it('every template names a known code (or none, for descriptions), a source and a confidence', () => {
    for (const [id, entry] of Object.entries(MESSAGES)) {
      if (entry.code !== null) expect(Object.hasOwn(ERROR_CODES, entry.code), id).toBe(true);
      expect(entry.source.length, id).toBeGreaterThan(0);
      expect(['doc', 'observed', 'inferred', 'synthetic'], id).toContain(entry.confidence);
    }
  });

  it('placeholders are <camelCase> names only', () => {
    for (const [id, entry] of Object.entries(MESSAGES))
      for (const match of entry.template.matchAll(/<([^>]*)>/g)) expect(match[1], id).toMatch(/^[a-zA-Z]+$/);
  });
});
