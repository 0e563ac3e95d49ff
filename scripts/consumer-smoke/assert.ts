// A tiny assertion helper, so the smoke project needs no test framework.
export function equal<T>(actual: T, expected: T, what = 'value'): void {
  if (actual !== expected)
    throw new Error(
      `consumer smoke: ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
}

/** Resolves with the rejection of `promise`, or throws if it fulfils. */
export async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error('consumer smoke: expected a rejection');
}
