import { FindingSeverity, type ImageScanFinding } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_SEVERITY } from './cve-names.js';
import { type Cvss3Metrics, cvss3Score, severityOfScore } from './cvss.js';
import { findingsFor } from './index.js';
import { osFamily } from './operating-system.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 25);
const digest = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;
const D = digest(1);

function all(set: ReturnType<typeof findingsFor>, pageSize = 100): ImageScanFinding[] {
  const out: ImageScanFinding[] = [];
  for (let offset = 0; offset < set.total; offset += pageSize) out.push(...set.page(offset, pageSize));
  return out;
}

function tally(findings: readonly ImageScanFinding[]): Partial<Record<FindingSeverity, number>> {
  const counts: Partial<Record<FindingSeverity, number>> = {};
  for (const f of findings) if (f.severity) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}

function attr(f: ImageScanFinding, key: string): string | undefined {
  return f.attributes?.find((a) => a.key === key)?.value;
}

const cveKey = (name: string): [number, number] => {
  const m = /^CVE-(\d{4})-(\d{4,5})$/.exec(name);
  if (!m) throw new Error(`not a CVE id: ${name}`);
  return [Number(m[1]), Number(m[2])];
};

/** The list order: severity in model order, then name (string order and CVE number order agree). */
function inListOrder(a: ImageScanFinding, b: ImageScanFinding): boolean {
  const sa = FindingSeverity.indexOf(a.severity ?? 'UNDEFINED');
  const sb = FindingSeverity.indexOf(b.severity ?? 'UNDEFINED');
  if (sa !== sb) return sa < sb;
  const [ya, na] = cveKey(a.name ?? '');
  const [yb, nb] = cveKey(b.name ?? '');
  return (a.name ?? '') < (b.name ?? '') && (ya < yb || (ya === yb && na < nb));
}

const severityCountsArb = fc.record(
  Object.fromEntries(FindingSeverity.map((s) => [s, fc.integer({ min: 0, max: 300 })])) as Record<
    FindingSeverity,
    fc.Arbitrary<number>
  >,
  { requiredKeys: [] },
);

describe('findingsFor', () => {
  it('F1: the same (seed, digest, profile) gives deep-equal counts, os and pages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.nat(), (seed, n) => {
        const a = findingsFor(seed, digest(n), undefined);
        const b = findingsFor(seed, digest(n), undefined);
        expect(b.counts).toEqual(a.counts);
        expect(b.os).toEqual(a.os);
        expect(b.page(0, 50)).toEqual(a.page(0, 50));
        expect(a.page(0, 50)).toEqual(a.page(0, 50));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('F1: different seeds or digests give different findings', () => {
    const profile = { severityCounts: { HIGH: 5, LOW: 5 } };
    const base = findingsFor(1, D, profile).page(0, 10);
    expect(findingsFor(2, D, profile).page(0, 10)).not.toEqual(base);
    expect(findingsFor('1', D, profile).page(0, 10)).not.toEqual(base);
    expect(findingsFor(1, digest(2), profile).page(0, 10)).not.toEqual(base);
  });

  it('P4: counts equal the tally over all pages concatenated, and pages tile the list exactly', () => {
    fc.assert(
      fc.property(fc.nat(), severityCountsArb, fc.integer({ min: 1, max: 1000 }), (seed, given, pageSize) => {
        const set = findingsFor(seed, D, { severityCounts: given });
        const list = all(set, pageSize);
        const expected = Object.fromEntries(Object.entries(given).filter(([, n]) => n > 0));
        expect(set.counts).toEqual(expected);
        expect(tally(list)).toEqual(set.counts);
        expect(list.length).toBe(set.total);
        expect(Object.values(set.counts).every((n) => n > 0)).toBe(true);
        // Pages are slices of one fixed list: a single big page equals the concatenation.
        expect(set.page(0, set.total + 1)).toEqual(list);
        expect(new Set(list.map((f) => f.name)).size).toBe(list.length);
        for (let i = 1; i < list.length; i++) expect(inListOrder(list[i - 1]!, list[i]!)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('P4: a clean image has counts {} and total 0, and every page is empty', () => {
    const set = findingsFor(0, D, { severityCounts: { HIGH: 0 } });
    expect(set.counts).toEqual({});
    expect(set.total).toBe(0);
    expect(set.page(0, 100)).toEqual([]);
    // Some derived images are clean too.
    const derived = Array.from({ length: 100 }, (_, n) => findingsFor('clean', digest(n), undefined));
    expect(derived.some((s) => s.total === 0 && Object.keys(s.counts).length === 0)).toBe(true);
  });

  it('F1: derived counts look realistic (0–300, mostly low severities, few CRITICAL)', () => {
    const sum: Partial<Record<FindingSeverity, number>> = {};
    for (let n = 0; n < 200; n++) {
      const set = findingsFor('spread', digest(n), undefined);
      expect(set.total).toBeLessThanOrEqual(300);
      expect(Object.values(set.counts).every((c) => c > 0)).toBe(true);
      for (const [s, c] of Object.entries(set.counts))
        sum[s as FindingSeverity] = (sum[s as FindingSeverity] ?? 0) + c;
    }
    const low = (sum.LOW ?? 0) + (sum.MEDIUM ?? 0) + (sum.INFORMATIONAL ?? 0);
    const total = Object.values(sum).reduce((a, b) => a + b, 0);
    expect(low / total).toBeGreaterThan(0.6);
    expect((sum.CRITICAL ?? 0) / total).toBeLessThan(0.06);
    expect(sum.CRITICAL ?? 0).toBeLessThan(sum.HIGH ?? 0);
  });

  it('F1, F2: findings carry a CVE name, a description (or none), string attributes within the model limits', () => {
    for (let n = 0; n < 20; n++) {
      for (const f of all(
        findingsFor('attrs', digest(n), { severityCounts: { CRITICAL: 3, LOW: 4, UNDEFINED: 2 } }),
      )) {
        expect(f.name).toMatch(/^CVE-20(1[4-9]|2[0-5])-\d{4,5}$/);
        if (f.description !== undefined)
          expect(f.description).toMatch(/^[A-Z].+ in .+ allows .+ to .+ via .+\.$/);
        const attributes = f.attributes ?? [];
        expect(attributes.length).toBeGreaterThanOrEqual(2);
        expect(attributes.length).toBeLessThanOrEqual(50);
        for (const { key, value } of attributes) {
          expect(typeof key).toBe('string');
          expect(typeof value).toBe('string');
          expect(key?.length).toBeGreaterThanOrEqual(1);
          expect(key?.length).toBeLessThanOrEqual(128);
          expect(value?.length).toBeGreaterThanOrEqual(1);
          expect(value?.length).toBeLessThanOrEqual(256);
        }
        expect(attr(f, 'package_name')).toBeDefined();
        expect(attr(f, 'package_version')).toBeDefined();
      }
    }
  });

  it('F1: CVSS3_SCORE lies in the band of the severity and is the computed score of CVSS3_VECTOR', () => {
    const counts = { CRITICAL: 30, HIGH: 30, MEDIUM: 30, LOW: 30, INFORMATIONAL: 10, UNDEFINED: 10 };
    for (let n = 0; n < 5; n++) {
      for (const f of all(findingsFor('cvss', digest(n), { severityCounts: counts }))) {
        const score = attr(f, 'CVSS3_SCORE');
        const vector = attr(f, 'CVSS3_VECTOR');
        if (f.severity === 'INFORMATIONAL' || f.severity === 'UNDEFINED') {
          expect(score).toBeUndefined();
          continue;
        }
        expect(score).toMatch(/^\d{1,2}\.\d$/);
        expect(severityOfScore(Number(score))).toBe(f.severity);
        const m =
          /^CVSS:3\.1\/AV:([NALP])\/AC:([LH])\/PR:([NLH])\/UI:([NR])\/S:([UC])\/C:([HLN])\/I:([HLN])\/A:([HLN])$/.exec(
            vector ?? '',
          );
        expect(m).not.toBeNull();
        const [, AV, AC, PR, UI, S, C, I, A] = m ?? [];
        expect(cvss3Score({ AV, AC, PR, UI, S, C, I, A } as Cvss3Metrics).toFixed(1)).toBe(score);
        const v2 = attr(f, 'CVSS2_VECTOR');
        if (v2 !== undefined) {
          expect(v2).toMatch(/^AV:[LAN]\/AC:[HML]\/Au:[MSN]\/C:[NPC]\/I:[NPC]\/A:[NPC]$/);
          expect(attr(f, 'CVSS2_SCORE')).toMatch(/^\d{1,2}\.\d$/);
        }
      }
    }
  });

  it("F1: the uri host follows the distribution's tracker, derived or from the profile", () => {
    const hosts = { debian: 'security-tracker.debian.org', ubuntu: 'people.ubuntu.com' } as Record<
      string,
      string
    >;
    const seen = new Set<string>();
    for (let n = 0; n < 60; n++) {
      const set = findingsFor('os', digest(n), { severityCounts: { MEDIUM: 3 } });
      seen.add(`${set.os.name} ${set.os.version}`);
      for (const f of set.page(0, 3)) {
        const url = new URL(f.uri ?? '');
        expect(url.host).toBe(hosts[osFamily(set.os.name)] ?? 'cve.mitre.org');
        expect(f.uri?.endsWith(f.name ?? '?')).toBe(true);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(6);
    const ubuntu = findingsFor(0, D, {
      os: { name: 'ubuntu', version: '22.04' },
      severityCounts: { LOW: 5 },
    });
    expect(ubuntu.os).toEqual({ name: 'ubuntu', version: '22.04' });
    for (const f of ubuntu.page(0, 5)) {
      expect(f.uri).toBe(`http://people.ubuntu.com/~ubuntu-security/cve/${f.name}`);
      expect(attr(f, 'package_version')).toMatch(/ubuntu\d+\.\d+$/);
    }
  });

  it('F1: one package has one version throughout an image', () => {
    const versions = new Map<string, string>();
    for (const f of all(findingsFor(3, D, { severityCounts: { MEDIUM: 200 } }))) {
      const name = attr(f, 'package_name') ?? '';
      const version = attr(f, 'package_version') ?? '';
      expect(versions.get(name) ?? version).toBe(version);
      versions.set(name, version);
    }
  });

  it('F1: exact profile.findings are returned as given, counts tallied from them', () => {
    const findings: ImageScanFinding[] = [
      {
        name: 'CVE-2019-5188',
        severity: 'MEDIUM',
        attributes: [{ key: 'package_name', value: 'e2fsprogs' }],
      },
      { name: 'X-2', severity: 'CRITICAL' },
      { name: 'X-3', severity: 'MEDIUM', uri: 'https://example.com' },
      { name: 'no-severity' },
    ];
    const set = findingsFor(0, D, { findings, severityCounts: { HIGH: 9 } });
    expect(set.counts).toEqual({ CRITICAL: 1, MEDIUM: 2 });
    expect(set.total).toBe(4);
    expect(set.page(0, 10)).toEqual(findings);
    expect([...set.page(0, 3), ...set.page(3, 3)]).toEqual(findings);
    set.page(0, 1)[0]!.name = 'mutated';
    expect(set.page(0, 1)[0]?.name).toBe('CVE-2019-5188');
    expect(findingsFor(0, D, { findings: [] }).counts).toEqual({});
  });

  it('P4: ignores unknown and prototype keys in severityCounts and refuses bad counts', () => {
    const hostile = JSON.parse('{"__proto__": 5, "constructor": 3, "HIGH": 2, "SEVERE": 4}');
    expect(findingsFor(0, D, { severityCounts: hostile }).counts).toEqual({ HIGH: 2 });
    for (const bad of [-1, 1.5, Number.NaN, MAX_FINDINGS_PER_SEVERITY + 1]) {
      expect(() => findingsFor(0, D, { severityCounts: { LOW: bad } })).toThrow(TypeError);
    }
  });

  it('pages far into a maximal list (849k findings) without generating what comes before', () => {
    const huge = Object.fromEntries(FindingSeverity.map((s) => [s, MAX_FINDINGS_PER_SEVERITY]));
    const set = findingsFor(0, D, { severityCounts: huge });
    expect(set.total).toBe(6 * MAX_FINDINGS_PER_SEVERITY);
    const tail = set.page(set.total - 100, 1000);
    expect(tail).toHaveLength(100);
    expect(tail.every((f) => f.severity === 'UNDEFINED')).toBe(true);
    const edge = set.page(MAX_FINDINGS_PER_SEVERITY - 1, 2);
    expect(edge.map((f) => f.severity)).toEqual(['CRITICAL', 'HIGH']);
    expect(set.page(set.total, 10)).toEqual([]);
  });

  it('page() refuses negative or fractional offsets and limits', () => {
    const set = findingsFor(0, D, { severityCounts: { LOW: 3 } });
    expect(set.page(0, 0)).toEqual([]);
    expect(() => set.page(-1, 10)).toThrow(TypeError);
    expect(() => set.page(0, 1.5)).toThrow(TypeError);
    expect(() => findingsFor(0, D, { findings: [] }).page(0, -1)).toThrow(TypeError);
  });
});

describe('findings detail', () => {
  const sample = (engine?: 'AWS_NATIVE' | 'CLAIR') => {
    const out = [];
    for (let n = 0; n < 40; n++)
      out.push(...all(findingsFor('detail', digest(n), { severityCounts: { HIGH: 5, LOW: 5 } }, engine)));
    return out;
  };

  it('F2: about a tenth of generated findings have no description, the same ones on every call', () => {
    const findings = sample();
    const without = findings.filter((f) => f.description === undefined).length;
    expect(without / findings.length).toBeGreaterThan(0.05);
    expect(without / findings.length).toBeLessThan(0.15);
    expect(sample().map((f) => f.description)).toEqual(findings.map((f) => f.description));
  });

  it('F3: under AWS_NATIVE attributes start with CVSS3_SCORE, package_version, package_name; CLAIR keeps the package pair first', () => {
    for (const f of sample('AWS_NATIVE')) {
      expect(f.attributes?.slice(0, 3).map((a) => a.key)).toEqual([
        'CVSS3_SCORE',
        'package_version',
        'package_name',
      ]);
    }
    for (const f of sample('CLAIR')) {
      expect(f.attributes?.slice(0, 2).map((a) => a.key)).toEqual(['package_name', 'package_version']);
    }
  });

  it('F3: the engine changes only the order, not the attributes', () => {
    const sorted = (f: { attributes?: { key?: string; value?: string }[] }) =>
      [...(f.attributes ?? [])].sort((a, b) => String(a.key).localeCompare(String(b.key)));
    expect(sample('AWS_NATIVE').map(sorted)).toEqual(sample('CLAIR').map(sorted));
  });
});
