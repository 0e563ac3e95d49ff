/**
 * Findings of basic scans (rule F1), generated lazily and never stored per image: generated chunks are kept in a
 * bounded cache of pure generation (`findingsCache`, at most 16,384 findings), not in the state.
 *
 * **What decides an image's findings.** Only `(seed, imageDigest, profile)`. Every random choice comes from the
 * image's stream `createPrng(seed).fork('findings').fork(imageDigest)`, and each consumer forks its own child
 * (`os`, `counts`, `<SEVERITY>:<j>`, `package:<name>`), so nothing depends on call order or on other images.
 *
 * **Precedence.** `profile.findings` are returned as given (deep copies, in the given order) with counts tallied from
 * them. Else `profile.severityCounts` are used exactly (zeros dropped). Else counts are derived: 15 % of images are
 * clean (`counts` `{}`, `total` 0); the rest get 1–300 findings, skewed small, spread mostly over MEDIUM, LOW and
 * INFORMATIONAL with few CRITICAL. `counts` only ever holds severities above zero (rule P4).
 *
 * **The list.** Ordered by severity (CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED: the model's
 * `FindingSeverity` order), then by name. Index `i` maps to (severity, `j`) through six running totals, and finding
 * `j` of a severity is built from the stream `<SEVERITY>:<j>` alone, so `page(offset, limit)` costs O(limit) whatever
 * the total, and page `k` is always the `k`-th slice of the same list.
 *
 * **Names.** CVE ids from CVE-2014-0001 to CVE-2025-99999, unique per image and increasing within a severity without
 * generating their predecessors: the name space is cut into six interleaved lanes (one per severity) and each lane
 * into `count` strata; finding `j` takes a seeded name in stratum `j` (see `cve-names.ts`). String order and
 * (year, number) order agree. Capacity: 141,498 findings per severity.
 *
 * **Content.** `package_name` from a small package table filtered by distribution (busybox and musl only on Alpine,
 * apt only on Debian/Ubuntu, rpm only on Amazon Linux); `package_version` is the package's upstream version in the
 * distribution's spelling (`3.0.11-1~deb12u2`, `1.44.1-1ubuntu1.1`, `1.36.1-r15`, `2.36-7.amzn2023.0.4`), the same
 * for every finding of that package in the image. CRITICAL/HIGH/MEDIUM/LOW findings carry a real CVSS v3.1 vector
 * drawn from the vectors whose *computed* base score falls in the severity's band, with that score as `CVSS3_SCORE`;
 * some (most CVEs up to 2019, a few later) also carry the NVD-style v2 mapping with its computed v2 score.
 * INFORMATIONAL and UNDEFINED findings carry no CVSS. The one-sentence description is built from word tables and
 * agrees with the vector: the attacker follows the attack vector, the outcome the impact metrics.
 *
 * **OS and uri.** `profile.os` if given, else a weighted pick among debian 11/12, ubuntu 20.04/22.04/24.04,
 * alpine 3.19/3.20 and amzn 2/2023 (os-release IDs). The `uri` follows the tracker: Debian
 * `https://security-tracker.debian.org/tracker/<CVE>`, Ubuntu `http://people.ubuntu.com/~ubuntu-security/cve/<CVE>`,
 * everything else (Alpine, Amazon Linux, unknown) `https://cve.mitre.org/cgi-bin/cvename.cgi?name=<CVE>`.
 * @note Real Debian uris once carried a trailing space; ours do not. Amazon Linux uses the MITRE form because that
 * form is observed in ECR output and an ALAS per-CVE link is not.
 *
 * **Feed time.** {@link vulnerabilitySourceUpdatedAt} models a feed refreshed every 6 hours: the last refresh at
 * least an hour before completion, minus a seeded jitter under an hour.
 * @packageDocumentation
 */

export type { FindingsSet } from './findings-set.js';
export { findingsFor } from './findings-set.js';
export { vulnerabilitySourceUpdatedAt } from './source-updated-at.js';
