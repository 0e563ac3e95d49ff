/**
 * The pattern constraints of ECR's model. Each has the text AWS prints (the model's, unanchored where the model
 * is) and a whole-value check. Every check is linear in the input: where the model's own regex backtracks
 * exponentially in a backtracking engine (the scanning filter), an equivalent linear regex is used instead, and
 * `patterns.test.ts` proves the two agree.
 */
import type { PatternConstraint } from './spec.js';

/** @public The RegistryId pattern as AWS prints it (an AWS account ID). */
export const REGISTRY_ID_PATTERN = '[0-9]{12}';

/**
 * @public The RepositoryName pattern as AWS prints it: the newest model's (botocore 1.43.107), which allows `__`
 * and runs of `-` between components.
 */
export const REPOSITORY_NAME_PATTERN =
  '[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*';

/** @public The image digest form the simulator accepts (rule V2): `sha256:` and 64 lowercase hex digits. */
export const IMAGE_DIGEST_PATTERN = 'sha256:[a-f0-9]{64}';

/** @public The registry scanning repository filter pattern as AWS prints it (ScanningRepositoryFilterValue). */
export const SCANNING_FILTER_PATTERN = '^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$';

/** @public The tag mutability exclusion filter pattern as AWS prints it (ImageTagMutabilityExclusionFilterValue). */
export const TAG_EXCLUSION_FILTER_PATTERN = '^[0-9a-zA-Z._*-]{1,128}';

const registryId = /^[0-9]{12}$/;
// The model's RepositoryName pattern, anchored. It is linear in V8's backtracking engine: every `+` run is
// followed by a token of a disjoint character class, so a failed match gives each character back at most once
// (checked against 'a-'.repeat(5000) + '!' and friends in patterns.test.ts).
const repositoryName = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
// The model's filter pattern `(?:[sep]?[an]+)*` nests a `+` in a `*` with an optional separator: 'aaaa…a!' makes
// it try every split (2^n steps; 28 characters already take minutes). Same language, one character per step:
// after the first character, every separator must be followed by a name character.
const scanningFilter = /^[a-z0-9*](?:[._\-/]?[a-z0-9*])*$/;
// Not anchored at the end in the model. AWS evidently matches model patterns against the whole value (an
// unanchored `[0-9]{12}` still refuses 13 digits), so we do the same here (inferred).
const tagExclusionFilter = /^[0-9a-zA-Z._*-]{1,128}$/;

/** @public True for a 12-digit registry (account) ID. */
export function isRegistryId(value: string): boolean {
  return registryId.test(value);
}

/** @public True when `value` matches ECR's RepositoryName pattern (length is checked separately: 2–256). */
export function isRepositoryName(value: string): boolean {
  return repositoryName.test(value);
}

/**
 * Digests found valid lately. Nearly every call of the API checks a digest, and mostly one it has seen before
 * (an image's, over and over): a `Set` lookup (the string keeps its hash) is several times cheaper than reading
 * 64 characters. Validity depends on the text alone, so the set only saves work; emptied when full (bounded).
 */
const validDigests = new Set<string>();
const VALID_DIGESTS_KEPT = 4096;

/** @public True for `sha256:` followed by 64 lowercase hex digits (rule V2). */
export function isImageDigest(value: string): boolean {
  if (validDigests.has(value)) return true;
  // By hand, as `/^sha256:[a-f0-9]{64}$/` reads.
  if (value.length !== 71 || !value.startsWith('sha256:')) return false;
  for (let i = 7; i < 71; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || (c > 57 && c < 97) || c > 102) return false;
  }
  if (validDigests.size >= VALID_DIGESTS_KEPT) validDigests.clear();
  validDigests.add(value);
  return true;
}

/** @internal The pattern constraints used by the specs. */
export const PATTERNS = {
  registryId: { text: REGISTRY_ID_PATTERN, test: isRegistryId },
  repositoryName: { text: REPOSITORY_NAME_PATTERN, test: isRepositoryName },
  scanningFilter: { text: SCANNING_FILTER_PATTERN, test: (v: string) => scanningFilter.test(v) },
  tagExclusionFilter: { text: TAG_EXCLUSION_FILTER_PATTERN, test: (v: string) => tagExclusionFilter.test(v) },
} as const satisfies Record<string, PatternConstraint>;
