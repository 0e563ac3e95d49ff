import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built CLI (`pnpm build` makes it; turbo builds it before the tests). */
export const DIST_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Why a test that needs the built CLI is skipped, or `undefined` when it is there. */
export const distCliMissing = (): string | undefined =>
  existsSync(DIST_CLI)
    ? undefined
    : 'dist/cli.js is missing: run `pnpm turbo run build --filter=@ecr-scan-sim/server...` first';

/** A CLI process, its URL once it listens, everything it printed, and its exit. */
export interface CliProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/cli.js <args>` and resolves once it prints its listening line. */
export async function spawnCli(args: string[]): Promise<CliProcess> {
  const child = spawn(process.execPath, [DIST_CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /ecr-scan-sim listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) {
        child.stdout.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    void exited.then(({ code }) => reject(new Error(`the CLI exited early with ${code}:\n${out}`)));
  });
  return { child, url, output: () => out, exited };
}
