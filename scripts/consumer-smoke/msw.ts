// Consumer check of @ecr-scan-sim/msw: setupServer intercepts a default ECRClient (no endpoint, no handler), and
// the strict unhandled-request option (spelled as the installed msw major spells it) fails anything else.
import { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { createEcrHandlers } from '@ecr-scan-sim/msw';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { setupServer } from 'msw/node';
import { equal } from './assert.js';
import { listenStrictly } from './msw-listen.js';
import { unmatchedFails } from './unmatched.js';

export async function check(): Promise<string> {
  const sim = createSimulator();
  const server = setupServer(...createEcrHandlers(sim));
  listenStrictly(server);
  try {
    const client = new ECRClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    });
    await client.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    const out = await client.send(new DescribeRepositoriesCommand({}));
    equal(out.repositories?.[0]?.repositoryName, 'app', 'repository');
    equal(out.repositories?.[0]?.repositoryUri?.includes('eu-west-1'), true, 'region from the host');
    await unmatchedFails();
    return 'setupServer answers https://api.ecr.eu-west-1.amazonaws.com; an unmatched request fails';
  } finally {
    server.close();
  }
}
