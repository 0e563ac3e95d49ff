/**
 * Prints the one summary line of a conformance run, `conformance: N sequences, M commands`, summed over the
 * transports. Each test file writes its counts to a file in a temporary folder (parallel workers share no
 * memory); the teardown adds them up.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    countsDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'ecr-scan-sim-conformance-'));
  project.provide('countsDir', dir);
  return () => {
    let sequences = 0;
    let commands = 0;
    for (const file of readdirSync(dir)) {
      const counts = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        sequences: number;
        commands: number;
      };
      sequences += counts.sequences;
      commands += counts.commands;
    }
    rmSync(dir, { recursive: true, force: true });
    if (sequences > 0) process.stdout.write(`conformance: ${sequences} sequences, ${commands} commands\n`);
  };
}
