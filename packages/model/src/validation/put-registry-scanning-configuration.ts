import { RULE_FREQUENCIES, SCANNING_RULE_LIMITS } from '../constants.js';
import { ecrErrors } from '../errors/ecr-error.js';
import { ScanFrequency, ScanningRepositoryFilterType, ScanType } from '../types/enums.js';
import { PATTERNS } from './patterns.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal PutRegistryScanningConfiguration input (rules V5, V6): 0–2 rules, each with 0–100 repository filters
 * of 1–255 characters matching the wildcard filter pattern, filterType WILDCARD (V5, the model's constraints);
 * then each rule's frequency must be one its scan type allows (V6, cross-member): BASIC only SCAN_ON_PUSH,
 * ENHANCED SCAN_ON_PUSH or CONTINUOUS_SCAN, never MANUAL. A missing scanType is BASIC.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html
 */
export const putRegistryScanningConfigurationSpec: OperationSpec<'PutRegistryScanningConfiguration'> = {
  members: {
    scanType: { type: 'string', enum: ScanType },
    rules: {
      type: 'list',
      min: 0,
      max: SCANNING_RULE_LIMITS.rules,
      member: {
        type: 'structure',
        members: {
          scanFrequency: { type: 'string', required: true, enum: ScanFrequency },
          repositoryFilters: {
            type: 'list',
            required: true,
            min: 0,
            max: SCANNING_RULE_LIMITS.filtersPerRule,
            member: {
              type: 'structure',
              members: {
                filter: {
                  type: 'string',
                  required: true,
                  min: 1,
                  max: SCANNING_RULE_LIMITS.filterLength,
                  pattern: PATTERNS.scanningFilter,
                },
                filterType: { type: 'string', required: true, enum: ScanningRepositoryFilterType },
              },
            },
          },
        },
      },
    },
  },
  custom: (input) => {
    const scanType = input.scanType ?? 'BASIC';
    const allowed: readonly ScanFrequency[] = RULE_FREQUENCIES[scanType];
    for (const [i, rule] of (input.rules ?? []).entries()) {
      if (!allowed.includes(rule.scanFrequency as ScanFrequency)) {
        return ecrErrors.invalidScanFrequency(`rules.${i + 1}.member.scanFrequency`, allowed, scanType);
      }
    }
    return undefined;
  },
};
