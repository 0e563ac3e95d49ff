import type { VulnerabilityRecord } from '../../findings/vulnerability-record.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;

/** A 32-hex finding id from a number (deterministic, unique per n). */
const hex32 = (n: number): string => n.toString(16).padStart(32, '0');
const digest = (n: number): string => `sha256:${n.toString(16).padStart(64, 'a')}`;

/** Synthetic vulnerability records for the query-engine tests: every field set, values spread over small sets. */
export function syntheticRecord(
  n: number,
  overrides: Partial<VulnerabilityRecord> = {},
): VulnerabilityRecord {
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNTRIAGED'] as const;
  const severity = severities[n % severities.length] as VulnerabilityRecord['severity'];
  const base = [9.8, 7.5, 5.3, 3.1, 0, 0][n % 6] as number;
  const image = n % 3;
  const record: VulnerabilityRecord = {
    findingArn: `arn:aws:inspector2:us-east-1:123456789012:finding/${hex32(n + 1)}`,
    awsAccountId: '123456789012',
    vulnerabilityId: `CVE-2025-${String(1000 + n)}`,
    description: `Vulnerability ${n}.`,
    severity,
    status: n % 7 === 6 ? 'CLOSED' : 'ACTIVE',
    cvss: [],
    source: n % 2 === 0 ? 'DEBIAN_CVE' : 'NVD',
    vendorSeverity: n % 2 === 0 ? 'not yet assigned' : 'Moderate',
    relatedVulnerabilities: n % 4 === 0 ? [`DSA-${n}`] : [],
    referenceUrls: [],
    packages: [
      {
        name: ['openssl', 'libxml2', 'curl'][n % 3] as string,
        version: `1.${n % 5}.0`,
        epoch: n % 2,
        release: `${n % 3}.el9`,
        arch: 'X86_64',
        packageManager: 'OS',
        sourceLayerHash: `sha256:${String(n % 2).repeat(64)}`,
        fixedInVersion: n % 3 === 0 ? 'NotAvailable' : `1.${n % 5}.1`,
      },
      ...(n % 5 === 0 ? [{ name: 'zlib', version: '1.3', packageManager: 'OS' }] : []),
    ],
    remediationText: 'None Provided',
    fixAvailable: (['YES', 'NO', 'PARTIAL'] as const)[n % 3] as VulnerabilityRecord['fixAvailable'],
    exploitAvailable: n % 4 === 1 ? 'YES' : 'NO',
    firstObservedAt: T0 + n * HOUR,
    lastObservedAt: T0 + (n + 2) * HOUR,
    updatedAt: T0 + (n + 2) * HOUR,
    image: {
      region: 'us-east-1',
      registryId: '123456789012',
      repositoryName: ['app', 'app-web', 'tools'][image] as string,
      imageDigest: digest(image),
      imageTags: image === 0 ? ['v1', 'latest'] : image === 1 ? ['v2'] : [],
      pushedAt: T0 + image * 24 * HOUR,
      architecture: 'amd64',
      platform: 'DEBIAN_12',
    },
  };
  if (base > 0)
    record.score = {
      baseScore: base,
      scoringVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      version: '3.1',
      source: 'NVD',
    };
  if (n % 4 === 1) record.epssScore = (n % 10) / 10;
  return { ...record, ...overrides };
}

/** `count` synthetic records, numbered from 0. */
export const syntheticRecords = (count: number): VulnerabilityRecord[] =>
  Array.from({ length: count }, (_, n) => syntheticRecord(n));
