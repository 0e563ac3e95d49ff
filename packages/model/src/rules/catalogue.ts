/**
 * The rule catalogue: every behaviour rule of the reference as data. Code cites the IDs in comments, test names
 * start with them (`it('Q1: ...')`), and `docs/scan-semantics.md` is generated from this table
 * (`pnpm docs:gen`), so a rule, its evidence and its tests are always found together. The rules live in one file
 * per group of topics (rules/topics/), joined here in documentation order.
 */
import { INSPECTOR2_RULES } from './inspector2-catalogue.js';
import type { Rule } from './rule.js';
import { BASIC_LIFECYCLE_RULES } from './topics/basic-lifecycle.js';
import { CONFIGURATION_RULES } from './topics/configuration.js';
import { ENHANCED_RULES } from './topics/enhanced.js';
import { FINDINGS_AND_PAGING_RULES } from './topics/findings-and-paging.js';
import { QUOTA_RULES } from './topics/quotas.js';
import { REPOSITORY_SURFACE_RULES } from './topics/repository-surface.js';
import { VALIDATION_AND_WIRE_RULES } from './topics/validation-and-wire.js';

/** @public Every rule, in documentation order. */
export const RULES = [
  ...QUOTA_RULES,
  ...REPOSITORY_SURFACE_RULES,
  ...BASIC_LIFECYCLE_RULES,
  ...ENHANCED_RULES,
  ...CONFIGURATION_RULES,
  ...FINDINGS_AND_PAGING_RULES,
  ...VALIDATION_AND_WIRE_RULES,
  // --- Amazon Inspector2 and restJson1 (S, W3–W9): rules/inspector2-catalogue.ts ---
  ...INSPECTOR2_RULES,
] as const satisfies readonly Rule[];

/** @public */
export type RuleId = (typeof RULES)[number]['id'];

/** @public The rule with an ID. */
export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new TypeError(`[ecr-scan-sim] unknown rule id '${id}'`);
  return rule;
}
