import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { TimedRow } from '../harness/interleave.js';
import { HttpLoad, type MixRequest } from '../load/http-load.js';
import { REPOSITORY } from './fixtures.js';

/** Connections the load generator keeps, each with one request in flight. */
export const HTTP_CONNECTIONS = 8;

/** The mix every HTTP row answers: DescribeImages, then a 10-finding page of DescribeImageScanFindings. */
export const MIX: readonly MixRequest[] = [
  { target: 'DescribeImages', body: JSON.stringify({ repositoryName: REPOSITORY }) },
  {
    target: 'DescribeImageScanFindings',
    body: JSON.stringify({ repositoryName: REPOSITORY, imageId: { imageTag: 'mix' }, maxResults: 10 }),
  },
];

/** A manifest every server accepts (a Docker v2 image: config and one layer). */
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
  config: {
    mediaType: 'application/vnd.docker.container.image.v1+json',
    size: 1_469,
    digest: `sha256:${'1'.repeat(64)}`,
  },
  layers: [
    {
      mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
      size: 2_811_478,
      digest: `sha256:${'2'.repeat(64)}`,
    },
  ],
});

/** Creates the repository, pushes the image tagged `mix` and starts its scan, over HTTP like any client. */
async function seed(load: HttpLoad): Promise<void> {
  const steps: MixRequest[] = [
    { target: 'CreateRepository', body: JSON.stringify({ repositoryName: REPOSITORY }) },
    {
      target: 'PutImage',
      body: JSON.stringify({ repositoryName: REPOSITORY, imageTag: 'mix', imageManifest: MANIFEST }),
    },
    {
      target: 'StartImageScan',
      body: JSON.stringify({ repositoryName: REPOSITORY, imageId: { imageTag: 'mix' } }),
    },
  ];
  for (const { target, body } of steps) {
    const answer = await load.send(target, body);
    if (answer.status !== 200)
      throw new Error(
        `[ecr-scan-sim bench] ${target} answered ${answer.status}: ${answer.body.slice(0, 200)}`,
      );
  }
}

/** A row that runs the mix against `url` with the light load generator. */
function mixRow(url: string, close: () => Promise<void>): TimedRow & { load: HttpLoad } {
  const load = new HttpLoad(url, HTTP_CONNECTIONS);
  return {
    load,
    async prepare(n) {
      return () => load.run(MIX, n);
    },
    async close() {
      load.close();
      await close();
    },
  };
}

const listening = (server: Server) =>
  new Promise<string>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });

/**
 * The HTTP row of `startServer`: the mix against our endpoint (fake clock, the image's scan complete with 100
 * findings, so the page of 10 is real). Returns the row and the exact answers, for the bare server to replay.
 */
export async function serverMixRow(
  ecrServer: typeof import('@ecr-scan-sim/server'),
): Promise<{ row: TimedRow; answers: Map<string, string> }> {
  const server = await ecrServer.startServer({ port: 0, clock: 'fake', timeouts: { keepAliveMs: 600_000 } });
  const row = mixRow(server.url, () => server.close());
  await seed(row.load);
  server.simulator.setImageProfile(
    { repositoryName: REPOSITORY, imageTag: 'mix' },
    { severityCounts: { CRITICAL: 5, HIGH: 15, MEDIUM: 30, LOW: 30, INFORMATIONAL: 20 } },
  );
  server.clock.tick(3_600_000);
  const answers = new Map<string, string>();
  for (const { target, body } of MIX) {
    const answer = await row.load.send(target, body);
    if (answer.status !== 200) throw new Error(`[ecr-scan-sim bench] ${target} answered ${answer.status}`);
    answers.set(target, answer.body);
  }
  return { row, answers };
}

/**
 * The floor of the HTTP rows: a bare `node:http` server that reads each request body and answers the fixed bytes
 * our server answered to that target (so both write the same number of bytes), with no parsing and no state.
 */
export async function bareHttpRow(answers: ReadonlyMap<string, string>): Promise<TimedRow> {
  const bodies = new Map<string, Buffer>();
  for (const [target, body] of answers)
    bodies.set(`AmazonEC2ContainerRegistry_V20150921.${target}`, Buffer.from(body));
  const server = createServer({ keepAliveTimeout: 600_000 }, (req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      const body = bodies.get(String(req.headers['x-amz-target'])) ?? Buffer.from('{}');
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': body.length });
      res.end(body);
    });
  });
  const url = await listening(server);
  return mixRow(url, () => new Promise((resolve) => server.close(() => resolve())));
}

/** A free loopback port (bound and released: moto_server binds it next). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/**
 * CPU time (user + system) a process has used, ms, from Linux's `/proc/<pid>/stat` (10 ms resolution); 0 where
 * there is no /proc, so the row's CPU column then counts this process only (its note says so).
 */
export function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces): utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return 0;
  }
}

/** Thrown when moto_server is not installed: the row is skipped, loudly, not failed. */
export class MotoMissing extends Error {}

function startMoto(command: string, args: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('spawn', () => resolve(child));
  });
}

/**
 * moto_server (moto's standalone server, on a loopback port of our choosing) answering the same mix with the
 * same client. Tries `moto_server`, then `python3 -m moto.server`.
 * @throws MotoMissing when neither starts
 */
export async function motoMixRow(): Promise<TimedRow> {
  const port = await freePort();
  const args = ['-H', '127.0.0.1', '-p', String(port)];
  let child: ChildProcess | undefined;
  for (const [command, prefix] of [
    ['moto_server', []],
    ['python3', ['-m', 'moto.server']],
  ] as const) {
    try {
      child = await startMoto(command, [...prefix, ...args]);
      break;
    } catch {
      // not installed under that name: try the next
    }
  }
  if (!child) throw new MotoMissing('moto_server is not installed (pip install "moto[server]")');
  const running = child;
  const stop = () => {
    if (running.exitCode === null) running.kill();
  };
  process.once('exit', stop);
  const row = mixRow(`http://127.0.0.1:${port}`, async () => {
    stop();
    process.off('exit', stop);
  });
  // moto_server answers in its own process: its CPU time counts in the row's CPU column, as ours does.
  row.helperCpuMs = () => processCpuMs(running.pid);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (running.exitCode !== null) {
      await row.close?.();
      throw new MotoMissing(`moto_server exited with code ${running.exitCode} (is moto[server] installed?)`);
    }
    try {
      const answer = await row.load.send('DescribeRepositories', '{}');
      if (answer.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await row.close?.();
      throw new Error('[ecr-scan-sim bench] moto_server did not answer within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await seed(row.load);
  return row;
}
