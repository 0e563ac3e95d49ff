/**
 * The distributions findings come from: which one an image runs (when its profile does not say), which security
 * tracker its finding `uri`s point to, and how its package versions are spelled.
 */
import type { Prng } from '../internal/prng.js';

/** @internal The distribution families we know how to flavour; anything else is `other`. */
export type OsFamily = 'debian' | 'ubuntu' | 'alpine' | 'amazon' | 'other';

/** @internal An image's operating system as reported with its findings. */
export interface OperatingSystem {
  name: string;
  version: string;
}

/**
 * The distributions a derived image runs, with weights (roughly what public images use).
 * Names are the os-release `ID`s (`amzn` is Amazon Linux).
 */
const DERIVED_OS: readonly (OperatingSystem & { weight: number })[] = [
  { name: 'debian', version: '12', weight: 26 },
  { name: 'debian', version: '11', weight: 10 },
  { name: 'ubuntu', version: '24.04', weight: 12 },
  { name: 'ubuntu', version: '22.04', weight: 14 },
  { name: 'ubuntu', version: '20.04', weight: 6 },
  { name: 'alpine', version: '3.20', weight: 12 },
  { name: 'alpine', version: '3.19', weight: 6 },
  { name: 'amzn', version: '2023', weight: 9 },
  { name: 'amzn', version: '2', weight: 5 },
];
const TOTAL_WEIGHT = DERIVED_OS.reduce((sum, os) => sum + os.weight, 0);

/** @internal Picks a realistic distribution (weighted) from the image's stream. */
export function deriveOs(prng: Prng): OperatingSystem {
  let ticket = prng.int(TOTAL_WEIGHT);
  for (const os of DERIVED_OS) {
    if (ticket < os.weight) return { name: os.name, version: os.version };
    ticket -= os.weight;
  }
  return { name: 'debian', version: '12' };
}

/** @internal The family of an OS name, case-insensitive, with the usual aliases (`Amazon Linux`, `amzn`, `al2023`). */
export function osFamily(name: string): OsFamily {
  const n = name.trim().toLowerCase();
  if (n === 'debian') return 'debian';
  if (n === 'ubuntu') return 'ubuntu';
  if (n === 'alpine') return 'alpine';
  if (n === 'amzn' || n.startsWith('amazon') || /^al(2|2023)$/.test(n)) return 'amazon';
  return 'other';
}

/**
 * The finding `uri` for a CVE on this family's tracker (spec §7: the host follows the distribution's tracker).
 * @note Amazon Linux uses the MITRE form, as Alpine and unknown systems do: that form is observed in real ECR output
 * (aws/aws-cli#6759), while an ALAS per-CVE link in basic-scan findings is not.
 * @internal
 */
export function trackerUri(family: OsFamily, cve: string): string {
  switch (family) {
    case 'debian':
      return `https://security-tracker.debian.org/tracker/${cve}`;
    case 'ubuntu':
      return `http://people.ubuntu.com/~ubuntu-security/cve/${cve}`;
    default:
      return `https://cve.mitre.org/cgi-bin/cvename.cgi?name=${cve}`;
  }
}

/**
 * A distribution-flavoured package version for an upstream version, e.g. `3.0.11-1~deb12u2`,
 * `1.44.1-1ubuntu1.1`, `1.36.1-r15`, `1.1.1g-12.amzn2.0.20`.
 * @internal
 */
export function packageVersion(os: OperatingSystem, upstream: string, prng: Prng): string {
  const rev = 1 + prng.int(4);
  const patch = 1 + prng.int(6);
  switch (osFamily(os.name)) {
    case 'debian': {
      const major = os.version.split('.')[0] || '12';
      const sep = prng.next() < 0.5 ? '~' : '+';
      return prng.next() < 0.3 ? `${upstream}-${rev}` : `${upstream}-${rev}${sep}deb${major}u${patch}`;
    }
    case 'ubuntu': {
      const build = prng.next() < 0.2 ? 'build1' : '';
      return `${upstream}-${rev}${build}ubuntu${prng.int(3)}.${patch}`;
    }
    case 'alpine':
      return `${upstream}-r${prng.int(20)}`;
    case 'amazon': {
      const dist = os.version.startsWith('2023') ? 'amzn2023' : 'amzn2';
      return `${upstream}-${rev + prng.int(20)}.${dist}.0.${prng.int(25)}`;
    }
    default:
      return upstream;
  }
}
