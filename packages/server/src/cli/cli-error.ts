/** @internal A bad command line: printed as one `[ecr-scan-sim] … see --help` line, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
