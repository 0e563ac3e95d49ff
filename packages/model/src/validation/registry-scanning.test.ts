import { describe, expect, it } from 'vitest';
import { validateInput } from './validate.js';

const ip = (member: string, constraint: string) => ({
  name: 'InvalidParameterException',
  message: `Invalid parameter at '${member}' failed to satisfy constraint: '${constraint}'`,
});
const check =
  (operation: 'PutRegistryScanningConfiguration' | 'BatchGetRepositoryScanningConfiguration') =>
  (input: unknown) => {
    const error = validateInput(operation, input);
    return error && { name: error.name, message: error.message };
  };
const put = check('PutRegistryScanningConfiguration');
const batchGet = check('BatchGetRepositoryScanningConfiguration');
const filter = (f: string) => ({ filter: f, filterType: 'WILDCARD' });
const rule = (scanFrequency: string, ...filters: string[]) => ({
  scanFrequency,
  repositoryFilters: filters.map(filter),
});
const PATTERN = 'Member must satisfy regular expression pattern: ^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$';

describe('PutRegistryScanningConfiguration', () => {
  describe('validation', () => {
    it('V5: a filter is 1 to 255 characters of the model pattern, checked in linear time', () => {
      expect(put({ rules: [rule('SCAN_ON_PUSH', 'a'.repeat(255))] })).toBeUndefined();
      expect(put({ rules: [rule('SCAN_ON_PUSH', 'a'.repeat(256))] })).toEqual(
        ip(
          'rules.1.member.repositoryFilters.1.member.filter',
          'Member must have length less than or equal to 255',
        ),
      );
      expect(put({ rules: [rule('SCAN_ON_PUSH', '')] })).toEqual(
        ip(
          'rules.1.member.repositoryFilters.1.member.filter',
          'Member must have length greater than or equal to 1',
        ),
      );
      // 1,000 stars are refused by length before any pattern is tried; 255 are a valid (if silly) filter.
      expect(put({ rules: [rule('SCAN_ON_PUSH', '*'.repeat(1000))] })?.message).toContain(
        'less than or equal to 255',
      );
      expect(put({ rules: [rule('SCAN_ON_PUSH', '*'.repeat(255))] })).toBeUndefined();
      // The backtracking-hostile shape of the model's own regex: refused at once.
      expect(put({ rules: [rule('SCAN_ON_PUSH', `${'a'.repeat(254)}!`)] })).toEqual(
        ip('rules.1.member.repositoryFilters.1.member.filter', PATTERN),
      );
      for (const bad of ['-prod', 'prod-', 'a--b', 'a-/b', 'Prod', 'a b', 'a?b', '.*'])
        expect(put({ rules: [rule('SCAN_ON_PUSH', bad)] }), bad).toEqual(
          ip('rules.1.member.repositoryFilters.1.member.filter', PATTERN),
        );
      for (const good of ['prod', '*', 'a*b', 'team/app-*', 'a.b_c-d/e', '**', 'a-*'])
        expect(put({ rules: [rule('SCAN_ON_PUSH', good)] }), good).toBeUndefined();
    });

    it('V5: filterType is required and WILDCARD; scanFrequency is required and an enum value', () => {
      expect(
        put({ rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'a' }] }] }),
      ).toEqual(ip('rules.1.member.repositoryFilters.1.member.filterType', 'Member must not be null'));
      expect(
        put({
          rules: [
            { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'a', filterType: 'REGEX' }] },
          ],
        }),
      ).toEqual(
        ip(
          'rules.1.member.repositoryFilters.1.member.filterType',
          'Member must satisfy enum value set: [WILDCARD]',
        ),
      );
      expect(put({ rules: [rule('HOURLY', 'a')] })).toEqual(
        ip(
          'rules.1.member.scanFrequency',
          'Member must satisfy enum value set: [CONTINUOUS_SCAN, MANUAL, SCAN_ON_PUSH]',
        ),
      );
    });

    it('V6: BASIC rules may only scan on push (also when scanType is omitted)', () => {
      const message = ip(
        'rules.1.member.scanFrequency',
        'Member must be one of [SCAN_ON_PUSH] when scanType is BASIC',
      );
      expect(put({ scanType: 'BASIC', rules: [rule('CONTINUOUS_SCAN', '*')] })).toEqual(message);
      expect(put({ rules: [rule('CONTINUOUS_SCAN', '*')] })).toEqual(message);
      expect(put({ rules: [rule('MANUAL', '*')] })).toEqual(message);
      expect(put({ scanType: 'BASIC', rules: [rule('SCAN_ON_PUSH', '*')] })).toBeUndefined();
    });

    it('V6: ENHANCED rules scan on push or continuously, never MANUAL; the first bad rule is named', () => {
      expect(
        put({ scanType: 'ENHANCED', rules: [rule('CONTINUOUS_SCAN', 'a'), rule('SCAN_ON_PUSH', 'b')] }),
      ).toBeUndefined();
      expect(put({ scanType: 'ENHANCED', rules: [rule('SCAN_ON_PUSH', 'a'), rule('MANUAL', 'b')] })).toEqual(
        ip(
          'rules.2.member.scanFrequency',
          'Member must be one of [CONTINUOUS_SCAN, SCAN_ON_PUSH] when scanType is ENHANCED',
        ),
      );
      expect(put({ scanType: 'ENHANCED' })).toBeUndefined();
    });

    it('V1, V6: member constraints are reported before the cross-member rule', () => {
      expect(put({ rules: [rule('CONTINUOUS_SCAN', 'a'), rule('SCAN_ON_PUSH', 'B')] })).toEqual(
        ip('rules.2.member.repositoryFilters.1.member.filter', PATTERN),
      );
    });
  });
});

describe('BatchGetRepositoryScanningConfiguration', () => {
  describe('validation', () => {
    it('V7: repositoryNames is required and holds 1 to 25 repository names', () => {
      expect(batchGet({})).toEqual(ip('repositoryNames', 'Member must not be null'));
      expect(batchGet({ repositoryNames: [] })).toEqual(
        ip('repositoryNames', 'Member must have length greater than or equal to 1'),
      );
      const names = Array.from({ length: 26 }, (_, i) => `repo-${i}`);
      expect(batchGet({ repositoryNames: names })).toEqual(
        ip('repositoryNames', 'Member must have length less than or equal to 25'),
      );
      expect(batchGet({ repositoryNames: names.slice(0, 25) })).toBeUndefined();
      expect(batchGet({ repositoryNames: ['a'.repeat(256)] })).toBeUndefined();
    });

    it('V7: a bad name is reported on the list, wrapped, as list items are', () => {
      expect(batchGet({ repositoryNames: ['ok', 'x'] })).toEqual(
        ip(
          'repositoryNames',
          'Member must satisfy constraint: [Member must have length greater than or equal to 2]',
        ),
      );
      expect(batchGet({ repositoryNames: ['Web'] })?.message).toContain(
        'Member must satisfy constraint: [Member must satisfy regular expression pattern: [a-z0-9]+',
      );
      expect(batchGet({ repositoryNames: ['a'.repeat(257)] })?.message).toContain(
        'Member must have length less than or equal to 256',
      );
    });

    it('V4: a name of the wrong JSON type is SerializationException', () => {
      expect(batchGet({ repositoryNames: [1] })?.name).toBe('SerializationException');
      expect(batchGet({ repositoryNames: 'web' })?.name).toBe('SerializationException');
    });
  });
});
