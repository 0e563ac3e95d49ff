import { FindingSeverity } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../internal/prng.js';
import {
  type Cvss3Metrics,
  cvss2From,
  cvss3Score,
  cvss3Vector,
  formatScore,
  pickCvss3,
  severityOfScore,
} from './cvss.js';

function parse(vector: string): Cvss3Metrics {
  const parts = Object.fromEntries(
    vector
      .replace('CVSS:3.1/', '')
      .split('/')
      .map((p) => p.split(':')),
  );
  return parts as Cvss3Metrics;
}

describe('cvss', () => {
  it('computes CVSS v3.1 base scores as FIRST publishes them', () => {
    // Reference values from the FIRST v3.1 calculator / NVD.
    const cases: [string, number][] = [
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
      ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
      ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9],
      ['CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:L/I:N/A:N', 2.5],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
    ];
    for (const [vector, score] of cases) {
      expect(cvss3Score(parse(vector))).toBe(score);
      expect(cvss3Vector(parse(vector))).toBe(vector);
    }
  });

  it('maps scores to the qualitative bands (CRITICAL ≥ 9.0, HIGH ≥ 7.0, MEDIUM ≥ 4.0, LOW > 0)', () => {
    expect([10, 9, 8.9, 7, 6.9, 4, 3.9, 0.1, 0].map(severityOfScore)).toEqual([
      'CRITICAL',
      'CRITICAL',
      'HIGH',
      'HIGH',
      'MEDIUM',
      'MEDIUM',
      'LOW',
      'LOW',
      undefined,
    ]);
  });

  it('F1: pickCvss3 always returns a vector of the requested band, and none for INFORMATIONAL/UNDEFINED', () => {
    const prng = createPrng('bands');
    for (const severity of FindingSeverity) {
      for (let k = 0; k < 200; k++) {
        const v = pickCvss3(severity, prng);
        if (severity === 'INFORMATIONAL' || severity === 'UNDEFINED') {
          expect(v).toBeUndefined();
          continue;
        }
        expect(v).toBeDefined();
        expect(severityOfScore(v?.score ?? 0)).toBe(severity);
        expect(cvss3Score(parse(v?.vector ?? ''))).toBe(v?.score);
      }
    }
  });

  it('computes CVSS v2 base scores of the mapped vector', () => {
    // The aws-cli example's pair: AV:L/AC:L/Au:N/C:P/I:P/A:P → 4.6.
    expect(cvss2From(parse('CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'))).toEqual({
      vector: 'AV:L/AC:L/Au:N/C:P/I:P/A:P',
      score: 4.6,
    });
    expect(cvss2From(parse('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'))).toEqual({
      vector: 'AV:N/AC:L/Au:N/C:P/I:P/A:P',
      score: 7.5,
    });
    expect(cvss2From(parse('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H'))).toEqual({
      vector: 'AV:N/AC:L/Au:N/C:C/I:C/A:C',
      score: 10,
    });
    expect(cvss2From(parse('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H')).score).toBe(5);
  });

  it('formats scores with one decimal, as AWS does', () => {
    expect([10, 9.8, 5, 0.1].map(formatScore)).toEqual(['10.0', '9.8', '5.0', '0.1']);
  });
});
