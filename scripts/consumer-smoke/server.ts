// Consumer check of @ecr-scan-sim/server: the `ecr-scan-sim` bin runs, startServer listens on a free port, and a
// real ECRClient talks to it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DescribeRepositoriesCommand, ECRClient, RepositoryNotFoundException } from '@aws-sdk/client-ecr';
import { startServer } from '@ecr-scan-sim/server';
import { equal, rejection } from './assert.js';

export async function check(): Promise<string> {
  const help = execFileSync('node_modules/.bin/ecr-scan-sim', ['--help'], { encoding: 'utf8' });
  equal(help.includes('Usage: ecr-scan-sim'), true, 'bin --help');
  // Every path --help names is inside the installed package (the repository's docs/ is not there).
  const docs = [...help.matchAll(/(\/\S+\.md)\b/g)].map((m) => m[1] ?? '');
  equal(docs.length, 2, 'doc paths in --help');
  for (const doc of docs)
    equal(existsSync(doc) && doc.includes('node_modules/@ecr-scan-sim/server/'), true, doc);
  const server = await startServer({ port: 0, clock: 'fake' });
  try {
    const client = new ECRClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    });
    const error = await rejection(
      client.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope'] })),
    );
    equal(error instanceof RepositoryNotFoundException, true, 'SDK exception class over HTTP');
    // The dashboard's files ship in the tarball (package.json "files": "ui").
    const page = await fetch(`${server.url}/_sim/ui/`);
    equal(page.status, 200, 'GET /_sim/ui/');
    const html = await page.text();
    for (const asset of ['main.js', 'dashboard.css', 'icon.svg']) {
      equal(html.includes(asset), true, `the page loads ${asset}`);
      equal((await fetch(`${server.url}/_sim/ui/${asset}`)).status, 200, `GET /_sim/ui/${asset}`);
    }
    equal((await fetch(`${server.url}/_sim/state`)).status, 200, 'GET /_sim/state');
    return 'bin --help (its doc paths exist); startServer on a free port; RepositoryNotFoundException over HTTP; the dashboard and its files';
  } finally {
    await server.close();
  }
}
