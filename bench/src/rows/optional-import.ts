/** What a row shows when the workspace package it measures cannot be loaded. */
export const NOT_BUILT = 'n/a (not built)';

/**
 * Loads a workspace package that may not be built yet. A missing or broken `dist` makes its rows print
 * {@link NOT_BUILT} instead of failing the whole run; the reason goes to stderr.
 */
export async function optionalImport<T>(name: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(
      `[ecr-scan-sim bench] ${name} could not be loaded (${reason}); its rows show ${NOT_BUILT}\n`,
    );
    return undefined;
  }
}
