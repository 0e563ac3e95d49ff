import type { Confidence } from '../errors/catalogue.js';

/** @public One behaviour rule. */
export interface Rule {
  /** Stable ID: a letter for the topic and a number. Never reused. */
  readonly id: string;
  /** A one-line statement of the behaviour. */
  readonly statement: string;
  /** Where the evidence is. */
  readonly source: string;
  readonly confidence: Confidence;
  /** The project decision (D1–D32 of the references) that fixes it, if any. */
  readonly decision?: string;
  /** The simulator option that changes it, if any. */
  readonly option?: string;
}

/** @public The topics rule IDs start with. */
export const RULE_TOPICS = {
  Q: 'Quotas',
  L: 'Scan lifecycle',
  A: 'Archive and restore',
  U: 'Unscannable images',
  E: 'Enhanced scanning',
  C: 'Scanning configuration',
  N: 'Basic-scan engine',
  P: 'Pagination',
  I: 'Images and DescribeImages',
  V: 'Input validation',
  G: 'Registries',
  W: 'Wire protocol',
  T: 'Time',
  F: 'Findings',
  X: 'Atomicity',
  R: 'Repository and registry surface',
  S: 'Amazon Inspector2',
} as const;
