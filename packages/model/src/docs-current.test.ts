// The committed docs/scan-semantics.md must be what `pnpm docs:gen` makes from the catalogues in this package
// (and the rule IDs in test titles), so a rule or message change cannot ship with a stale reference.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(repoRoot, 'scripts', 'docs-gen.mjs');
const committed = join(repoRoot, 'docs', 'scan-semantics.md');

function runCheck(file: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, '--check', '--file', file], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('docs/scan-semantics.md', () => {
  it('is current: regenerate with `pnpm docs:gen` after changing RULES, MESSAGES, ERROR_CODES or rule test titles', () => {
    const { status, output } = runCheck(committed);
    expect(output).toContain('is up to date');
    expect(status).toBe(0);
  });

  it('the check fails, naming the fix, when the committed file differs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecr-scan-sim-docs-check-'));
    try {
      const stale = join(dir, 'scan-semantics.md');
      writeFileSync(stale, readFileSync(committed, 'utf8').replace('**Q1**', '**Q1 (edited by hand)**'));
      const { status, output } = runCheck(stale);
      expect(status).toBe(1);
      expect(output).toContain('out of date');
      expect(output).toContain('pnpm docs:gen');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
