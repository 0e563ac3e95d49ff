/**
 * @public Constraint texts of InvalidParameterException messages that the simulator raises itself (the rest are
 * produced by the validation engine from the specs). Observed texts are marked; the others are ours.
 */
export const CONSTRAINTS = {
  /** Rule P3 (synthetic). */
  issuedToken: 'Member must be a nextToken returned by a previous call with the same parameters',
  /** Rule P5 (synthetic). */
  notWithImageIds: 'Member must not be specified when imageIds is specified',
} as const;
