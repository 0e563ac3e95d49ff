import { loadFixturesFile } from '../fixtures/load-fixtures.js';
import type { RunningServer } from '../glossary.js';
import { PREFIX, serverMessages } from '../internal/messages.js';
import { readSnapshotFile } from '../internal/snapshot-file.js';
import { startServerWithHooks } from '../start-server.js';
import { CliUsageError } from './cli-error.js';
import { HELP_TEXT } from './help-text.js';
import { parseCliArgs, type ServeConfig } from './parse-cli-args.js';
import { createSnapshotPersister, type SnapshotPersister } from './snapshot-persister.js';

/** @public Where the CLI writes and how it is stopped; every member is optional (the defaults use `process`). */
export interface CliIo {
  /** One line of normal output (no trailing newline). Default: `process.stdout`. */
  stdout?: (line: string) => void;
  /** One line of error output. Default: `process.stderr`. */
  stderr?: (line: string) => void;
  /** Aborting it stops `serve` like SIGTERM. Default: SIGTERM and SIGINT of this process. */
  signal?: AbortSignal;
  /** Called once the server listens and fixtures are loaded (tests use it to find the port). */
  onListening?: (server: RunningServer) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Resolves with the reason when the process gets SIGTERM/SIGINT or `signal` aborts. */
function stopRequested(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    if (signal !== undefined) {
      if (signal.aborted) resolve(String(signal.reason ?? 'abort'));
      signal.addEventListener('abort', () => resolve(String(signal.reason ?? 'abort')), { once: true });
      return;
    }
    const onSignal = (name: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve(name);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

/** How far `--persist` may lag behind the state: a `kill -9` loses at most about this much. */
const PERSIST_DELAY_MS = 1_000;

/** The simulator refused a snapshot's content: say which file, as for a file that is not JSON. */
function startError(error: unknown, snapshotFile: string | undefined): string {
  const text = message(error);
  const invalid = `${PREFIX} invalid snapshot: `;
  if (snapshotFile !== undefined && text.startsWith(invalid))
    return serverMessages.snapshotRefused(
      snapshotFile,
      text.slice(invalid.length).replace(/\. Pass an .*$/, ''),
    );
  return text.startsWith(PREFIX) ? text : serverMessages.startFailed(text);
}

async function serve(
  config: ServeConfig,
  io: Required<Pick<CliIo, 'stdout' | 'stderr'>> & CliIo,
): Promise<number> {
  let server: RunningServer;
  let restored = false;
  let persister: SnapshotPersister | undefined;
  const persistTo = config.persist ? config.snapshot : undefined;
  try {
    const snapshot = config.snapshot === undefined ? undefined : await readSnapshotFile(config.snapshot);
    restored = snapshot !== undefined;
    const simulator = { ...config.server.simulator, ...(snapshot === undefined ? {} : { snapshot }) };
    server = await startServerWithHooks(
      { ...config.server, simulator, log: io.stdout },
      // Every request but a read of the control API may change the state.
      {
        onResponse: ({ method }) =>
          method === 'GET' || method === 'HEAD' ? undefined : persister?.changed(),
      },
    );
  } catch (error) {
    io.stderr(startError(error, config.snapshot));
    return 1;
  }
  if (persistTo !== undefined) {
    const running = server;
    persister = createSnapshotPersister(persistTo, () => running.simulator.snapshot(), {
      delayMs: PERSIST_DELAY_MS,
      onError: (error) => io.stderr(serverMessages.snapshotSaveFailed(persistTo, message(error))),
    });
  }
  try {
    if (restored && config.snapshot !== undefined) io.stdout(serverMessages.snapshotLoaded(config.snapshot));
    else if (config.fixtures !== undefined) {
      const counts = await loadFixturesFile(config.fixtures, server.simulator, server.clock);
      io.stdout(serverMessages.fixturesLoaded(config.fixtures, counts.repositories, counts.images));
      persister?.changed();
    }
  } catch (error) {
    io.stderr(startError(error, undefined));
    await server.close();
    return 1;
  }
  io.stdout(serverMessages.listening(server.url));
  const host = config.server.host ?? '127.0.0.1';
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) io.stderr(serverMessages.exposed(host));
  for (const line of serverMessages.hint(server.url, server.simulator.options.region)) io.stdout(line);
  io.onListening?.(server);

  const reason = await stopRequested(io.signal);
  io.stdout(serverMessages.stopping(reason));
  await server.close();
  if (persistTo !== undefined && persister !== undefined) {
    try {
      await persister.flush();
      io.stdout(serverMessages.snapshotSaved(persistTo));
    } catch (error) {
      io.stderr(serverMessages.snapshotSaveFailed(persistTo, message(error)));
      return 1;
    }
  }
  return 0;
}

/**
 * @public Runs the `ecr-scan-sim` command line in this process and resolves with its exit code: 0 after a clean
 * stop (or `--help`), 1 when the server cannot start or the fixtures are bad, 2 for a bad command line.
 * `dist/cli.js` is a thin wrapper around it.
 *
 * @example
 * const stop = new AbortController();
 * const done = runCli(['--port', '0', '--clock', 'fake'], { signal: stop.signal, onListening: (s) => console.log(s.url) });
 */
export async function runCli(argv: readonly string[], io: CliIo = {}): Promise<number> {
  const full = {
    ...io,
    stdout: io.stdout ?? ((line: string) => process.stdout.write(`${line}\n`)),
    stderr: io.stderr ?? ((line: string) => process.stderr.write(`${line}\n`)),
  };
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    full.stderr(serverMessages.badFlags(error.message));
    return 2;
  }
  if (parsed.command === 'help') {
    full.stdout(HELP_TEXT);
    return 0;
  }
  return serve(parsed.config, full);
}
