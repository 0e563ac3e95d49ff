#!/usr/bin/env node
// The `ecr-scan-sim` bin: a thin wrapper so tests can run the same CLI in process with `runCli`.
import { runCli } from './cli/run-cli.js';

process.exit(await runCli(process.argv.slice(2)));
