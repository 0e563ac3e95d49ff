/**
 * What an image's distribution means for its enhanced findings (rule E24): Inspector's platform name, the advisory
 * source and its URL, the vendor's severity words, and how package architectures are spelled.
 */
import type { EnhancedFindingSeverity } from '@ecr-scan-sim/model';
import type { OperatingSystem, OsFamily } from '../findings/operating-system.js';

/** @internal Inspector's platform name of a distribution: `DEBIAN_12`, `UBUNTU_22_04`, `ALPINE_LINUX_3_20`, `AMAZON_LINUX_2023`. */
export function platformOf(os: OperatingSystem, family: OsFamily): string {
  const version = os.version.trim().replaceAll('.', '_').toUpperCase();
  switch (family) {
    case 'debian':
      return `DEBIAN_${version.split('_')[0]}`;
    case 'ubuntu':
      return `UBUNTU_${version}`;
    case 'alpine':
      return `ALPINE_LINUX_${version.split('_').slice(0, 2).join('_')}`;
    case 'amazon':
      return version.startsWith('2023') ? 'AMAZON_LINUX_2023' : 'AMAZON_LINUX_2';
    default:
      return `${os.name
        .trim()
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')}_${version}`;
  }
}

/** @internal The advisory source Inspector names for a family, and the page of one CVE there. */
export function advisoryOf(family: OsFamily, cve: string): { source: string; url: string } {
  switch (family) {
    case 'debian':
      return { source: 'DEBIAN_CVE', url: `https://security-tracker.debian.org/tracker/${cve}` };
    case 'ubuntu':
      return { source: 'UBUNTU_CVE', url: `https://ubuntu.com/security/${cve}` };
    case 'alpine':
      return { source: 'ALPINE_SEC_DB', url: `https://security.alpinelinux.org/vuln/${cve}` };
    case 'amazon':
      return { source: 'AMAZON_CVE', url: `https://explore.alas.aws.amazon.com/${cve}.html` };
    default:
      return { source: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${cve}` };
  }
}

const VENDOR_WORDS: Readonly<Record<OsFamily, Readonly<Record<EnhancedFindingSeverity, string>>>> = {
  debian: {
    CRITICAL: 'high',
    HIGH: 'high',
    MEDIUM: 'medium',
    LOW: 'low',
    INFORMATIONAL: 'unimportant',
    UNTRIAGED: 'not yet assigned',
  },
  ubuntu: {
    CRITICAL: 'critical',
    HIGH: 'high',
    MEDIUM: 'medium',
    LOW: 'low',
    INFORMATIONAL: 'negligible',
    UNTRIAGED: 'untriaged',
  },
  alpine: {
    CRITICAL: 'CRITICAL',
    HIGH: 'HIGH',
    MEDIUM: 'MEDIUM',
    LOW: 'LOW',
    INFORMATIONAL: 'LOW',
    UNTRIAGED: 'UNKNOWN',
  },
  amazon: {
    CRITICAL: 'Critical',
    HIGH: 'Important',
    MEDIUM: 'Moderate',
    LOW: 'Low',
    INFORMATIONAL: 'Low',
    UNTRIAGED: 'Pending',
  },
  other: {
    CRITICAL: 'CRITICAL',
    HIGH: 'HIGH',
    MEDIUM: 'MEDIUM',
    LOW: 'LOW',
    INFORMATIONAL: 'NONE',
    UNTRIAGED: 'UNTRIAGED',
  },
};

/** @internal The vendor's word for a severity (`vendorSeverity`), as the family's tracker writes it. */
export function vendorSeverityOf(family: OsFamily, severity: EnhancedFindingSeverity): string {
  return VENDOR_WORDS[family][severity];
}

/** @internal A package architecture as Inspector spells it for this family (`AMD64`, or `X86_64` on Amazon Linux). */
export function packageArchOf(family: OsFamily, architecture: string): string {
  const arm = architecture === 'arm64';
  if (family === 'amazon') return arm ? 'AARCH64' : 'X86_64';
  return arm ? 'ARM64' : 'AMD64';
}

/**
 * @internal Splits a distribution-flavoured version at its first `-`: `3.0.11-1~deb12u2` → `3.0.11` and
 * `1~deb12u2`; a version without release keeps none.
 */
export function splitVersion(full: string): { version: string; release?: string } {
  const dash = full.indexOf('-');
  return dash < 0 ? { version: full } : { version: full.slice(0, dash), release: full.slice(dash + 1) };
}
