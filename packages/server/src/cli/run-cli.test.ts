import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../glossary.js';
import { distCliMissing, spawnCli } from '../test-support/spawn-cli.js';
import { CLI_FLAGS } from './parse-cli-args.js';
import { runCli } from './run-cli.js';

const DEMO = fileURLToPath(new URL('../../../../docs/examples/demo-fixtures.json', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI in process until `body` is done with the started server, then stops it like SIGTERM. */
async function serve(argv: string[], body: (server: RunningServer) => Promise<void> = async () => {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stop = new AbortController();
  let failure: unknown;
  const code = await runCli(['--port', '0', '--clock', 'fake', ...argv], {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    signal: stop.signal,
    onListening: (server) => {
      body(server)
        .catch((error: unknown) => {
          failure = error;
        })
        .finally(() => stop.abort('SIGTERM'));
    },
  });
  if (failure !== undefined) throw failure;
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('--help lists every flag and exits 0', async () => {
    const out: string[] = [];
    expect(await runCli(['--help'], { stdout: (line) => out.push(line) })).toBe(0);
    const text = out.join('\n');
    for (const name of Object.keys(CLI_FLAGS)) expect(text).toContain(`--${name}`);
  });

  it('--help points to docs that exist where the package is installed (it ships them)', async () => {
    const out: string[] = [];
    await runCli(['--help'], { stdout: (line) => out.push(line) });
    const docs = [...out.join('\n').matchAll(/(\/\S+\.md)\b/g)].map((m) => m[1] ?? '');
    expect(docs.map((file) => file.split('/').slice(-3).join('/'))).toEqual([
      'server/docs/fixtures.md',
      'server/docs/server.md',
    ]);
    for (const file of docs) expect(existsSync(file)).toBe(true);
  });

  it('a bad flag prints one [ecr-scan-sim] line that points to --help and exits 2', async () => {
    const err: string[] = [];
    expect(await runCli(['serve', '--prot', '80'], { stderr: (line) => err.push(line) })).toBe(2);
    expect(err).toEqual(['[ecr-scan-sim] unknown flag --prot; see --help']);
  });

  it('prints exactly one listening line, then the hint, and exits 0 on SIGTERM', async () => {
    let url = '';
    const { code, stdout } = await serve([], async (server) => {
      url = server.url;
    });
    expect(code).toBe(0);
    expect(stdout.filter((line) => line.startsWith('ecr-scan-sim listening on'))).toEqual([
      `ecr-scan-sim listening on ${url}`,
    ]);
    expect(stdout).toContain(`  try: aws ecr describe-repositories --endpoint-url ${url} --region us-east-1`);
  });

  it('warns on stderr when bound beyond loopback, and not otherwise', async () => {
    expect((await serve([])).stderr).toEqual([]);
    const exposed = await serve(['--host', '0.0.0.0']);
    expect(exposed.stderr).toEqual([
      expect.stringMatching(/^\[ecr-scan-sim\] warning: bound to 0\.0\.0\.0, not loopback/),
    ]);
  });

  it('loads YAML fixtures at start', async () => {
    const file = join(dir, 'fixtures.yaml');
    await writeFile(
      file,
      [
        'repositories:',
        '  - { name: web, scanOnPush: true }',
        'images:',
        '  - { repository: web, tags: ["1.0", latest], pushedAt: -1h }',
        '  - { repository: web, tag: old, archived: true }',
      ].join('\n'),
    );
    const { code, stdout } = await serve(['--fixtures', file], async (server) => {
      const images = await server.simulator.describeImages({ repositoryName: 'web' });
      expect(images.imageDetails?.map((d) => d.imageTags?.sort())).toEqual([['1.0', 'latest']]);
      const archived = await server.simulator.describeImages({
        repositoryName: 'web',
        filter: { imageStatus: 'ARCHIVED' },
      });
      expect(archived.imageDetails?.map((d) => d.imageTags)).toEqual([['old']]);
      const scan = await server.simulator.describeImageScanFindings({
        repositoryName: 'web',
        imageId: { imageTag: '1.0' },
      });
      expect(scan.imageScanStatus?.status).toBe('COMPLETE');
    });
    expect(code).toBe(0);
    expect(stdout[0]).toBe(`[ecr-scan-sim] loaded fixtures from ${file}: 1 repositories, 2 images`);
  });

  it('loads the JSON demo fixtures: an unsupported OS, an index and an archived image', async () => {
    const { code } = await serve(['--fixtures', DEMO], async (server) => {
      const repos = await server.simulator.describeRepositories({});
      expect(repos.repositories?.length).toBeGreaterThanOrEqual(2);
      const name = repos.repositories?.[0]?.repositoryName ?? '';
      const images = await server.simulator.describeImages({ repositoryName: name });
      expect(images.imageDetails?.length).toBeGreaterThan(0);
    });
    expect(code).toBe(0);
  });

  it('refuses a bad fixtures file with the path of the bad member and exits 1', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({ repositories: [{ name: 'web' }], images: [{ repository: 'web', kind: 'vm' }] }),
    );
    const err: string[] = [];
    const code = await runCli(['--port', '0', '--fixtures', file], { stderr: (line) => err.push(line) });
    expect(code).toBe(1);
    expect(err).toEqual([
      `[ecr-scan-sim] fixtures ${file}: images[0].kind: must be one of image, index, artifact, got "vm"`,
    ]);
  });

  it('names the fixture and the ECR exception when the simulator refuses a fixture', async () => {
    const file = join(dir, 'clash.yaml');
    await writeFile(
      file,
      'repositories: [{ name: web, tagMutability: IMMUTABLE }]\nimages: [{ repository: web, tag: v1 }, { repository: web, tag: v1 }]\n',
    );
    const err: string[] = [];
    expect(await runCli(['--port', '0', '--fixtures', file], { stderr: (line) => err.push(line) })).toBe(1);
    expect(err[0]).toMatch(
      /^\[ecr-scan-sim\] fixtures .*clash\.yaml: images\[1\]: ImageTagAlreadyExistsException: /,
    );
  });

  it('with --snapshot and --persist the state survives a restart', async () => {
    const file = join(dir, 'state.json');
    const first = await serve(['--snapshot', file, '--persist'], async (server) => {
      await server.simulator.createRepository({ repositoryName: 'kept' });
    });
    expect(first.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('ecr-scan-sim/snapshot');
    const second = await serve(['--snapshot', file], async (server) => {
      const repos = await server.simulator.describeRepositories({});
      expect(repos.repositories?.map((r) => r.repositoryName)).toEqual(['kept']);
    });
    expect(second.stdout[0]).toBe(`[ecr-scan-sim] restored the snapshot in ${file} (fixtures skipped)`);
  });

  it('the built dist/cli.js starts, answers, and exits 0 on SIGTERM', async (context) => {
    const missing = distCliMissing();
    if (missing !== undefined) context.skip(missing);
    const cli = await spawnCli(['serve', '--port', '0', '--clock', 'fake']);
    const clock = (await (await fetch(`${cli.url}/_sim/clock`)).json()) as { now: string };
    expect(clock.now).toBe('2026-01-01T00:00:00.000Z');
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).toBe(0);
  });
});
