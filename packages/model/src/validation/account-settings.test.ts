import { describe, expect, it } from 'vitest';
import { validateInput } from './validate.js';

const ip = (member: string, constraint: string) => ({
  name: 'InvalidParameterException',
  message: `Invalid parameter at '${member}' failed to satisfy constraint: '${constraint}'`,
});
const check = (operation: 'GetAccountSetting' | 'PutAccountSetting', input: unknown) => {
  const error = validateInput(operation, input);
  return error && { name: error.name, message: error.message };
};
const UNSERVED = ip(
  'name',
  'Member must be an account setting the simulator serves: [BASIC_SCAN_TYPE_VERSION]',
);

describe('GetAccountSetting', () => {
  describe('validation', () => {
    it('V8: name is required, 1 to 64 characters, and BASIC_SCAN_TYPE_VERSION', () => {
      expect(check('GetAccountSetting', { name: 'BASIC_SCAN_TYPE_VERSION' })).toBeUndefined();
      expect(check('GetAccountSetting', {})).toEqual(ip('name', 'Member must not be null'));
      expect(check('GetAccountSetting', { name: '' })).toEqual(
        ip('name', 'Member must have length greater than or equal to 1'),
      );
      expect(check('GetAccountSetting', { name: 'X'.repeat(65) })).toEqual(
        ip('name', 'Member must have length less than or equal to 64'),
      );
      for (const name of ['REGISTRY_POLICY_SCOPE', 'BLOB_MOUNTING', 'basic_scan_type_version'])
        expect(check('GetAccountSetting', { name }), name).toEqual(UNSERVED);
    });
  });
});

describe('PutAccountSetting', () => {
  describe('validation', () => {
    it('V8: name and value are required; the name is checked before the value', () => {
      expect(check('PutAccountSetting', { value: 'AWS_NATIVE' })).toEqual(
        ip('name', 'Member must not be null'),
      );
      expect(check('PutAccountSetting', { name: 'BASIC_SCAN_TYPE_VERSION' })).toEqual(
        ip('value', 'Member must not be null'),
      );
      expect(check('PutAccountSetting', { name: 'BLOB_MOUNTING', value: 'ENABLED' })).toEqual(UNSERVED);
    });

    it('V9: the value of BASIC_SCAN_TYPE_VERSION is AWS_NATIVE or CLAIR', () => {
      for (const value of ['AWS_NATIVE', 'CLAIR'])
        expect(check('PutAccountSetting', { name: 'BASIC_SCAN_TYPE_VERSION', value }), value).toBeUndefined();
      for (const value of ['aws_native', 'NATIVE', ''])
        expect(check('PutAccountSetting', { name: 'BASIC_SCAN_TYPE_VERSION', value }), value).toEqual(
          ip('value', 'Member must satisfy enum value set: [AWS_NATIVE, CLAIR]'),
        );
    });
  });
});
