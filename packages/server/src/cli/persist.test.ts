/** `--snapshot` and `--persist`: the file follows every change within about a second and bad files are refused. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateRepositoryCommand, DescribeRepositoriesCommand } from '@aws-sdk/client-ecr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ecrClient } from '../test-support/helpers.js';
import { type CliProcess, distCliMissing, spawnCli } from '../test-support/spawn-cli.js';
import { runCli } from './run-cli.js';

let dir: string;
const running: CliProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-persist-'));
});
afterEach(async () => {
  for (const cli of running.splice(0)) {
    if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
    await cli.exited;
  }
  await rm(dir, { recursive: true, force: true });
});

const repositoryNames = (text: string): string[] =>
  (JSON.parse(text) as { registries: { repositories: { name: string }[] }[] }).registries.flatMap((r) =>
    r.repositories.map((repo) => repo.name),
  );

describe('--persist', () => {
  it('writes each change within about a second, so a SIGKILL loses nothing older; a restart resumes', async (context) => {
    const missing = distCliMissing();
    if (missing !== undefined) context.skip(missing);
    const file = join(dir, 'state.json');
    const args = ['serve', '--port', '0', '--clock', 'fake', '--snapshot', file];
    const first = await spawnCli([...args, '--persist']);
    running.push(first);
    await ecrClient(first.url).send(new CreateRepositoryCommand({ repositoryName: 'before-the-crash' }));
    await expect
      .poll(() => readFile(file, 'utf8').then(repositoryNames, () => []), { timeout: 3_000, interval: 50 })
      .toEqual(['before-the-crash']);

    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const second = await spawnCli(args);
    running.push(second);
    expect(second.output()).toContain(`[ecr-scan-sim] restored the snapshot in ${file} (fixtures skipped)`);
    const listed = await ecrClient(second.url).send(new DescribeRepositoriesCommand({}));
    expect(listed.repositories?.map((r) => r.repositoryName)).toEqual(['before-the-crash']);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  });
});

describe('--snapshot refuses a bad file, names it and the problem, and leaves it as it is', () => {
  const snapshot = (fields: Record<string, unknown>) =>
    JSON.stringify({ format: 'ecr-scan-sim/snapshot', version: 1, ...fields });
  it.each([
    ['an empty file', '', 'it is empty'],
    ['a truncated file', snapshot({}).slice(0, 30), 'it is not valid JSON, perhaps truncated ('],
    [
      'a file that is not JSON',
      'format: ecr-scan-sim/snapshot\n',
      'it is not valid JSON, perhaps truncated (',
    ],
    ['JSON that is not an object', '[1, 2]', 'it is JSON but not an object'],
    [
      'JSON that is not a snapshot',
      '{"repositories": []}',
      'it is not an ecr-scan-sim snapshot (no "format": "ecr-scan-sim/snapshot")',
    ],
    [
      'a snapshot from a future format version',
      snapshot({ version: 2 }),
      'it has format version 2, written by a newer ecr-scan-sim; this one reads version 1',
    ],
    ['a snapshot with a broken member', snapshot({ options: {}, registries: 'none' }), 'snapshot.registries'],
  ])('%s', async (_, content, problem) => {
    const file = join(dir, 'state.json');
    await writeFile(file, content);
    const err: string[] = [];
    const out: string[] = [];
    const code = await runCli(['--port', '0', '--snapshot', file, '--persist'], {
      stderr: (line) => err.push(line),
      stdout: (line) => out.push(line),
    });
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(`[ecr-scan-sim] refusing the snapshot file ${file}: ${problem}`);
    expect(err[0]).toMatch(
      /The file was left as it is: fix it, delete it or pass another --snapshot <file>$/,
    );
    expect(out.filter((line) => line.includes('listening'))).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(content);
  });
});
