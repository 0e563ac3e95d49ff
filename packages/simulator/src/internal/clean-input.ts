/**
 * A private copy of a (validated) input for the operations: plain data only, `null` and `undefined` members
 * dropped (AWS reads a JSON `null` member as absent), `__proto__` keys skipped. Operations therefore never see the
 * caller's objects (which the caller may mutate later) nor JSON nulls.
 * @internal
 */
export function cleanInput(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanInput);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    const member = (value as Record<string, unknown>)[key];
    if (member !== null && member !== undefined) copy[key] = cleanInput(member);
  }
  return copy;
}
