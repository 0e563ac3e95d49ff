import { ScanFrequency, ScanningRepositoryFilterType, ScanType } from '../types/enums.js';
import { PATTERNS } from './patterns.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal PutRegistryScanningConfiguration input (rule V1): 0–2 rules, each with 1–100 repository filters of
 * 1–255 characters matching the wildcard filter pattern.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html
 */
export const putRegistryScanningConfigurationSpec: OperationSpec<'PutRegistryScanningConfiguration'> = {
  members: {
    scanType: { type: 'string', enum: ScanType },
    rules: {
      type: 'list',
      min: 0,
      max: 2,
      member: {
        type: 'structure',
        members: {
          scanFrequency: { type: 'string', required: true, enum: ScanFrequency },
          repositoryFilters: {
            type: 'list',
            required: true,
            min: 1,
            max: 100,
            member: {
              type: 'structure',
              members: {
                filter: {
                  type: 'string',
                  required: true,
                  min: 1,
                  max: 255,
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
};
