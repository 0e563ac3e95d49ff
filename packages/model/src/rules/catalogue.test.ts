import { describe, expect, it } from 'vitest';
import { RULES, type RuleId, ruleById } from './catalogue.js';
import { RULE_TOPICS } from './rule.js';

describe('RULES', () => {
  it('IDs are unique and start with a known topic letter followed by a number', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Z][0-9]+$/);
      expect(Object.hasOwn(RULE_TOPICS, id[0] as string), id).toBe(true);
    }
  });

  it('every rule has a statement, a source and a confidence', () => {
    for (const rule of RULES) {
      expect(rule.statement.length, rule.id).toBeGreaterThan(10);
      expect(rule.source.length, rule.id).toBeGreaterThan(0);
      expect(['doc', 'observed', 'inferred'], rule.id).toContain(rule.confidence);
    }
  });

  it('decisions cite D1–D32 (D1–D18 basic scanning, D19–D32 enhanced scanning)', () => {
    for (const rule of RULES) {
      const decision = (rule as { decision?: string }).decision;
      if (decision !== undefined) expect(decision, rule.id).toMatch(/^D([1-9]|[12][0-9]|3[0-2])$/);
    }
  });

  it('ruleById finds a rule and refuses an unknown ID', () => {
    expect(ruleById('V1').id).toBe('V1');
    expect(() => ruleById('Z9' as RuleId)).toThrow(TypeError);
  });
});
