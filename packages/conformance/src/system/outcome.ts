/** The observable result of one call, normalised so results over different transports compare with `isDeepStrictEqual`. */
export type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string; fault: string | undefined } };

/** Runs a call and captures its result or its error. */
export async function capture(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: normalise(await call()) };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const fault = (error as { $fault?: unknown }).$fault;
    return {
      ok: false,
      error: {
        name: error.name,
        message: error.message,
        fault: typeof fault === 'string' ? fault : undefined,
      },
    };
  }
}

/**
 * Output without `$metadata`, with `Date`s as epoch milliseconds and `undefined` members dropped: the SDK
 * omits members the wire did not carry, while the simulator may hold them as `undefined`.
 */
export function normalise(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = Object.create(null);
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined || key === '$metadata') continue;
      out[key] = normalise(member);
    }
    return out;
  }
  return value;
}

/** A one-line text of an outcome, for failure messages. */
export function show(outcome: Outcome): string {
  return outcome.ok ? JSON.stringify(outcome.value) : `${outcome.error.name}: ${outcome.error.message}`;
}
