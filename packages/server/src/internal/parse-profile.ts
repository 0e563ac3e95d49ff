import { FindingSeverity } from '@ecr-scan-sim/model';
import type { ImageProfile } from '@ecr-scan-sim/simulator';
import { durationAt } from './duration.js';
import { expectObject, InputError, join, member, optEnum, reqString } from './untrusted.js';

const PROFILE_KEYS = ['os', 'outcome', 'severityCounts', 'scanDurationMs'] as const;
const OUTCOMES = ['COMPLETE', 'FAILED', 'UNSUPPORTED_IMAGE'] as const;

/**
 * @internal An {@link ImageProfile} from untrusted JSON: `os` `{ name, version }`, `outcome`, `severityCounts`
 * (severity → count, UNTRIAGED allowed for enhanced scans) and `scanDurationMs` (ms or a duration text). Exact
 * `findings` and `enhancedFindings` are not accepted here (they carry timestamps JSON cannot type).
 */
export function parseProfile(value: unknown, path: string): ImageProfile {
  const obj = expectObject(value, path, PROFILE_KEYS);
  const profile: ImageProfile = {};
  const os = member(obj, 'os');
  if (os !== undefined) {
    const osPath = join(path, 'os');
    const osObj = expectObject(os, osPath, ['name', 'version']);
    profile.os = { name: reqString(osObj, 'name', osPath), version: reqString(osObj, 'version', osPath) };
  }
  const outcome = optEnum(obj, 'outcome', path, OUTCOMES);
  if (outcome !== undefined) profile.outcome = outcome;
  const counts = member(obj, 'severityCounts');
  if (counts !== undefined) {
    const countsPath = join(path, 'severityCounts');
    const keys = [...FindingSeverity, 'UNTRIAGED'] as const;
    const countsObj = expectObject(counts, countsPath, keys);
    const severityCounts: Partial<Record<FindingSeverity | 'UNTRIAGED', number>> = {};
    for (const severity of keys) {
      const n = member(countsObj, severity);
      if (n === undefined) continue;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 10_000) {
        throw new InputError(join(countsPath, severity), 'must be an integer from 0 to 10000');
      }
      severityCounts[severity] = n;
    }
    profile.severityCounts = severityCounts;
  }
  const duration = member(obj, 'scanDurationMs');
  if (duration !== undefined) profile.scanDurationMs = durationAt(duration, join(path, 'scanDurationMs'));
  return profile;
}
