/**
 * CVSS vectors whose scores are computed, not invented: every generated `CVSS3_SCORE` is the CVSS v3.1 base score of
 * the `CVSS3_VECTOR` beside it, and every `CVSS2_SCORE` the v2 base score of its `CVSS2_VECTOR`, so a reviewer who
 * pastes a vector into a calculator sees the same number.
 * @see https://www.first.org/cvss/v3.1/specification-document §7
 */
import type { FindingSeverity } from '@ecr-scan-sim/model';
import type { Prng } from '../internal/prng.js';

/** @internal The base metrics of a CVSS v3.1 vector. */
export interface Cvss3Metrics {
  AV: 'N' | 'A' | 'L' | 'P';
  AC: 'L' | 'H';
  PR: 'N' | 'L' | 'H';
  UI: 'N' | 'R';
  S: 'U' | 'C';
  C: 'H' | 'L' | 'N';
  I: 'H' | 'L' | 'N';
  A: 'H' | 'L' | 'N';
}

/** @internal A v3.1 vector with its base score. */
export interface Cvss3 {
  metrics: Cvss3Metrics;
  vector: string;
  score: number;
}

const AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 } as const;
const AC = { L: 0.77, H: 0.44 } as const;
const UI = { N: 0.85, R: 0.62 } as const;
const CIA = { H: 0.56, L: 0.22, N: 0 } as const;

function roundUp(value: number): number {
  const int = Math.round(value * 100_000);
  return int % 10_000 === 0 ? int / 100_000 : (Math.floor(int / 10_000) + 1) / 10;
}

/** @internal The CVSS v3.1 base score (spec §7.1, with the §Appendix A `Roundup`). */
export function cvss3Score(m: Cvss3Metrics): number {
  const changed = m.S === 'C';
  const pr = m.PR === 'N' ? 0.85 : m.PR === 'L' ? (changed ? 0.68 : 0.62) : changed ? 0.5 : 0.27;
  const iss = 1 - (1 - CIA[m.C]) * (1 - CIA[m.I]) * (1 - CIA[m.A]);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  if (impact <= 0) return 0;
  const exploitability = 8.22 * AV[m.AV] * AC[m.AC] * pr * UI[m.UI];
  return changed
    ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
    : roundUp(Math.min(impact + exploitability, 10));
}

/** @internal `CVSS:3.1/AV:N/AC:L/...` for the metrics. */
export function cvss3Vector(m: Cvss3Metrics): string {
  return `CVSS:3.1/AV:${m.AV}/AC:${m.AC}/PR:${m.PR}/UI:${m.UI}/S:${m.S}/C:${m.C}/I:${m.I}/A:${m.A}`;
}

/** @internal The qualitative band of a v3 score (spec §5); `undefined` for 0.0 (None). */
export function severityOfScore(score: number): FindingSeverity | undefined {
  if (score >= 9) return 'CRITICAL';
  if (score >= 7) return 'HIGH';
  if (score >= 4) return 'MEDIUM';
  if (score > 0) return 'LOW';
  return undefined;
}

/** The vectors of one band, split by (network attack vector?, unchanged scope?) so a pick needs no filtering. */
interface BandPools {
  all: Cvss3[];
  byPreference: Map<string, Cvss3[]>;
}

let byBand: Map<FindingSeverity, BandPools> | undefined;

/** All 2,592 v3.1 vectors grouped by band; built once per process (a constant table, not per-image state). */
function vectorsByBand(): Map<FindingSeverity, BandPools> {
  if (byBand) return byBand;
  const table = new Map<FindingSeverity, BandPools>();
  const add = (pools: Map<string, Cvss3[]>, key: string, v: Cvss3): void => {
    const list = pools.get(key) ?? [];
    list.push(v);
    pools.set(key, list);
  };
  const cia = ['H', 'L', 'N'] as const;
  for (const av of ['N', 'A', 'L', 'P'] as const)
    for (const ac of ['L', 'H'] as const)
      for (const pr of ['N', 'L', 'H'] as const)
        for (const ui of ['N', 'R'] as const)
          for (const s of ['U', 'C'] as const)
            for (const c of cia)
              for (const i of cia)
                for (const a of cia) {
                  const metrics: Cvss3Metrics = { AV: av, AC: ac, PR: pr, UI: ui, S: s, C: c, I: i, A: a };
                  const score = cvss3Score(metrics);
                  const band = severityOfScore(score);
                  if (!band) continue;
                  const v: Cvss3 = { metrics, vector: cvss3Vector(metrics), score };
                  const pools = table.get(band) ?? { all: [], byPreference: new Map<string, Cvss3[]>() };
                  pools.all.push(v);
                  for (const net of [false, true])
                    for (const unchanged of [false, true])
                      if ((!net || av === 'N') && (!unchanged || s === 'U'))
                        add(pools.byPreference, `${net}${unchanged}`, v);
                  table.set(band, pools);
                }
  byBand = table;
  return table;
}

/**
 * A v3.1 vector whose base score lies in the band of `severity`, or `undefined` for INFORMATIONAL and UNDEFINED.
 * Network attack vectors and unchanged scope are favoured (as in real container CVEs), otherwise uniform over the band.
 * @internal
 */
export function pickCvss3(severity: FindingSeverity, prng: Prng): Cvss3 | undefined {
  const pools = vectorsByBand().get(severity);
  if (!pools) return undefined;
  const wantNetwork = prng.next() < 0.6;
  const wantUnchanged = prng.next() < 0.8;
  const from = pools.byPreference.get(`${wantNetwork}${wantUnchanged}`) ?? pools.all;
  return from[prng.int(from.length)];
}

const AV2 = { L: 0.395, A: 0.646, N: 1 } as const;
const AC2 = { H: 0.35, M: 0.61, L: 0.71 } as const;
const AU2 = { M: 0.45, S: 0.56, N: 0.704 } as const;
const CIA2 = { N: 0, P: 0.275, C: 0.66 } as const;

/** @internal A CVSS v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`) and its base score. */
export interface Cvss2 {
  vector: string;
  score: number;
}

/**
 * The v2 vector an analyst would plausibly have assigned to the same flaw (NVD's usual mapping), with its v2 score.
 * @internal
 */
export function cvss2From(m: Cvss3Metrics): Cvss2 {
  const av = m.AV === 'N' ? 'N' : m.AV === 'A' ? 'A' : 'L';
  const ac = m.AC === 'L' ? 'L' : 'M';
  const au = m.PR === 'N' ? 'N' : 'S';
  const toV2 = (x: 'H' | 'L' | 'N'): 'C' | 'P' | 'N' =>
    x === 'N' ? 'N' : x === 'H' && m.S === 'C' ? 'C' : 'P';
  const c = toV2(m.C);
  const i = toV2(m.I);
  const a = toV2(m.A);
  const impact = 10.41 * (1 - (1 - CIA2[c]) * (1 - CIA2[i]) * (1 - CIA2[a]));
  const exploitability = 20 * AV2[av] * AC2[ac] * AU2[au];
  const f = impact === 0 ? 0 : 1.176;
  const score = Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
  return { vector: `AV:${av}/AC:${ac}/Au:${au}/C:${c}/I:${i}/A:${a}`, score: Math.max(0, score) };
}

/** @internal A score as AWS prints it: one decimal, as a string (`"7.5"`, `"10.0"`). */
export function formatScore(score: number): string {
  return score.toFixed(1);
}
