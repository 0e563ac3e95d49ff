import { describe, expect, it } from 'vitest';
import { createPrng } from '../internal/prng.js';
import { deriveOs, osFamily, packageVersion, trackerUri } from './operating-system.js';

describe('operating systems', () => {
  it('F1: derives only the realistic distributions, each of them eventually', () => {
    const allowed = ['debian 11', 'debian 12', 'ubuntu 20.04', 'ubuntu 22.04', 'ubuntu 24.04'];
    allowed.push('alpine 3.19', 'alpine 3.20', 'amzn 2', 'amzn 2023');
    const seen = new Set<string>();
    const prng = createPrng('os');
    for (let k = 0; k < 2000; k++) {
      const os = deriveOs(prng);
      seen.add(`${os.name} ${os.version}`);
    }
    expect([...seen].sort()).toEqual([...allowed].sort());
  });

  it('recognises families by name, case-insensitively and with aliases', () => {
    expect(['Debian', 'ubuntu', 'ALPINE', 'amzn', 'Amazon Linux', 'al2023', 'centos'].map(osFamily)).toEqual([
      'debian',
      'ubuntu',
      'alpine',
      'amazon',
      'amazon',
      'amazon',
      'other',
    ]);
  });

  it("F1: points the uri at the distribution's tracker", () => {
    expect(trackerUri('debian', 'CVE-2023-45871')).toBe(
      'https://security-tracker.debian.org/tracker/CVE-2023-45871',
    );
    expect(trackerUri('ubuntu', 'CVE-2019-5188')).toBe(
      'http://people.ubuntu.com/~ubuntu-security/cve/CVE-2019-5188',
    );
    for (const family of ['alpine', 'amazon', 'other'] as const) {
      expect(trackerUri(family, 'CVE-2020-28928')).toBe(
        'https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2020-28928',
      );
    }
  });

  it('F1: spells package versions in the distribution flavour', () => {
    const prng = createPrng('versions');
    const cases: [string, string, RegExp][] = [
      ['debian', '12', /^3\.0\.11-\d((~|\+)deb12u\d)?$/],
      ['debian', '11', /^3\.0\.11-\d((~|\+)deb11u\d)?$/],
      ['ubuntu', '22.04', /^3\.0\.11-\d(build1)?ubuntu\d\.\d$/],
      ['alpine', '3.20', /^3\.0\.11-r\d{1,2}$/],
      ['amzn', '2023', /^3\.0\.11-\d{1,2}\.amzn2023\.0\.\d{1,2}$/],
      ['amzn', '2', /^3\.0\.11-\d{1,2}\.amzn2\.0\.\d{1,2}$/],
      ['centos', '7', /^3\.0\.11$/],
    ];
    for (const [name, version, pattern] of cases) {
      for (let k = 0; k < 50; k++) expect(packageVersion({ name, version }, '3.0.11', prng)).toMatch(pattern);
    }
  });
});
