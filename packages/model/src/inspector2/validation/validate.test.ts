import { describe, expect, it } from 'vitest';
import { Inspector2Error } from '../../errors/inspector2-error.js';
import { parseInspector2Input, validateInspector2Input } from './validate.js';

const errorOf = (operation: Parameters<typeof validateInspector2Input>[0], input: unknown) => {
  const error = validateInspector2Input(operation, input);
  if (!(error instanceof Inspector2Error)) throw new Error('expected an Inspector2Error');
  return error;
};

describe('Inspector2 validation', () => {
  describe('constraints (rule S3)', () => {
    it('S3: ListFindings maxResults 123 is the observed "1 validation error detected: Value at \'maxResults\' …"', () => {
      const error = errorOf('ListFindings', { maxResults: 123 });
      expect(error.name).toBe('ValidationException');
      expect(error.httpStatus).toBe(400);
      expect(error.message).toBe(
        "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
      );
      expect(error.members).toEqual({
        reason: 'FIELD_VALIDATION_FAILED',
        fields: [{ name: 'maxResults', message: 'Member must have value less than or equal to 100' }],
      });
    });

    it('S3: a bad resource type is reported on the list, wrapped, with the enum in reverse model order', () => {
      expect(errorOf('Disable', { resourceTypes: ['ECR', 'S3'] }).message).toBe(
        "1 validation error detected: Value at 'resourceTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [CODE_REPOSITORY, LAMBDA_CODE, LAMBDA, ECR, EC2]]",
      );
    });

    it('S3: reports every violation, in spec order, joined by "; "', () => {
      const error = errorOf('ListCoverage', {
        maxResults: 0,
        filterCriteria: { ecrRepositoryName: [{ comparison: 'PREFIX', value: '' }] },
      });
      expect(error.message).toBe(
        '3 validation errors detected: ' +
          "Value at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
          "Value at 'filterCriteria.ecrRepositoryName.1.member.comparison' failed to satisfy constraint: Member must satisfy enum value set: [NOT_EQUALS, EQUALS]; " +
          "Value at 'filterCriteria.ecrRepositoryName.1.member.value' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
      expect(error.members.fields?.map((f) => f.name)).toEqual([
        'maxResults',
        'filterCriteria.ecrRepositoryName.1.member.comparison',
        'filterCriteria.ecrRepositoryName.1.member.value',
      ]);
    });

    it('S3: a missing required member is "Member must not be null"', () => {
      expect(errorOf('Enable', {}).message).toBe(
        "1 validation error detected: Value at 'resourceTypes' failed to satisfy constraint: Member must not be null",
      );
      expect(
        errorOf('ListFindings', { filterCriteria: { severity: [{ value: 'HIGH' }] } }).message,
      ).toContain(
        "Value at 'filterCriteria.severity.1.member.comparison' failed to satisfy constraint: Member must not be null",
      );
    });

    it('S3: list lengths, patterns and null items', () => {
      expect(errorOf('Enable', { resourceTypes: [] }).message).toContain(
        "Value at 'resourceTypes' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
      expect(errorOf('BatchGetAccountStatus', { accountIds: ['12345678901x'] }).message).toContain(
        "Value at 'accountIds' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy regular expression pattern: \\d{12}]",
      );
      expect(errorOf('Enable', { resourceTypes: ['ECR', null] }).message).toContain(
        "Value at 'resourceTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must not be null]",
      );
      const eleven = Array.from({ length: 11 }, () => ({ comparison: 'EQUALS', value: 'x' }));
      expect(errorOf('ListFindings', { filterCriteria: { ecrImageTags: eleven } }).message).toContain(
        "Value at 'filterCriteria.ecrImageTags' failed to satisfy constraint: Member must have length less than or equal to 10",
      );
    });
  });

  describe('JSON types (rule S2)', () => {
    it('S2: a member of the wrong JSON type is CANNOT_PARSE, naming the first one', () => {
      const error = errorOf('ListFindings', { maxResults: '10', nextToken: 5 });
      expect(error.name).toBe('ValidationException');
      expect(error.members.reason).toBe('CANNOT_PARSE');
      expect(error.message).toBe(
        "Unable to parse the request: the value at 'maxResults' must be an integer.",
      );
    });

    it('S2: a body that is not an object is CANNOT_PARSE', () => {
      expect(errorOf('ListFindings', [1, 2]).members.reason).toBe('CANNOT_PARSE');
      expect(errorOf('ListFindings', 'x').members.reason).toBe('CANNOT_PARSE');
    });

    it('S2: timestamps are read from epoch seconds (the wire) or a Date (in process)', () => {
      const fromWire = parseInspector2Input('ListFindings', {
        filterCriteria: { firstObservedAt: [{ startInclusive: 1_767_225_600.5 }] },
      });
      const inProcess = parseInspector2Input('ListFindings', {
        filterCriteria: { firstObservedAt: [{ startInclusive: new Date(1_767_225_600_500) }] },
      });
      expect(fromWire).toEqual(inProcess);
      expect(fromWire.ok && fromWire.input.filterCriteria?.firstObservedAt?.[0]?.startInclusive).toEqual(
        new Date('2026-01-01T00:00:00.500Z'),
      );
      expect(
        errorOf('ListFindings', { filterCriteria: { firstObservedAt: [{ startInclusive: '2026-01-01' }] } })
          .message,
      ).toContain("'filterCriteria.firstObservedAt.1.member.startInclusive' must be a timestamp");
    });

    it('S2: null members count as absent; an empty body is {}', () => {
      expect(parseInspector2Input('ListFindings', { maxResults: null })).toEqual({ ok: true, input: {} });
      expect(parseInspector2Input('GetConfiguration', undefined)).toEqual({ ok: true, input: {} });
    });
  });

  describe('unknown members (rule S4)', () => {
    it('S4: an unknown filter key is ValidationException; an unknown top-level member is ignored', () => {
      const error = errorOf('ListFindings', {
        filterCriteria: { severities: [{ comparison: 'EQUALS', value: 'HIGH' }] },
      });
      expect(error.message).toBe(
        "1 validation error detected: Value at 'filterCriteria.severities' failed to satisfy constraint: Member must be a known member of FilterCriteria",
      );
      expect(parseInspector2Input('ListFindings', { somethingNew: true })).toEqual({ ok: true, input: {} });
    });

    it('S4: hostile keys never reach the clean copy', () => {
      const parsed = parseInspector2Input(
        'ListFindings',
        JSON.parse('{"__proto__":{"maxResults":1},"constructor":1}'),
      );
      expect(parsed).toEqual({ ok: true, input: {} });
      expect(({} as Record<string, unknown>)['maxResults']).toBeUndefined();
    });
  });

  describe('rules across members (S5, S6)', () => {
    it('S5: aggregationRequest must set exactly one member', () => {
      expect(
        errorOf('ListFindingAggregations', { aggregationType: 'REPOSITORY', aggregationRequest: {} }).message,
      ).toBe(
        "1 validation error detected: Value at 'aggregationRequest' failed to satisfy constraint: Member must have exactly one member set",
      );
      const two = { repositoryAggregation: {}, accountAggregation: {} };
      expect(
        errorOf('ListFindingAggregations', { aggregationType: 'REPOSITORY', aggregationRequest: two }).members
          .fields,
      ).toEqual([{ name: 'aggregationRequest', message: 'Member must have exactly one member set' }]);
    });

    it("S5: aggregationRequest's member must be the one of aggregationType", () => {
      const error = errorOf('ListFindingAggregations', {
        aggregationType: 'AWS_ECR_CONTAINER',
        aggregationRequest: { repositoryAggregation: {} },
      });
      expect(error.message).toBe(
        "The aggregationRequest member 'aggregationRequest.repositoryAggregation' does not match the aggregationType AWS_ECR_CONTAINER.",
      );
      expect(
        validateInspector2Input('ListFindingAggregations', {
          aggregationType: 'AWS_ECR_CONTAINER',
          aggregationRequest: { awsEcrContainerAggregation: { sortBy: 'HIGH' } },
        }),
      ).toBeUndefined();
    });

    it('S6: UpdateConfiguration without a configuration, or with inheritance, is refused', () => {
      expect(errorOf('UpdateConfiguration', {}).name).toBe('ValidationException');
      const inheritance = errorOf('UpdateConfiguration', {
        ecrConfiguration: { rescanDuration: 'DAYS_30' },
        updateConfigurationInheritance: { ecrConfiguration: 'INHERIT_FROM_ADMIN' },
      });
      expect(inheritance.name).toBe('AccessDeniedException');
      expect(inheritance.httpStatus).toBe(403);
      expect(
        validateInspector2Input('UpdateConfiguration', { ecrConfiguration: { rescanDuration: 'DAYS_3' } }),
      ).toBe(undefined);
    });
  });
});
