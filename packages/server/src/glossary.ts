/**
 * The public vocabulary of @ecr-scan-sim/server: what `startServer` takes and returns, and the clock the
 * control API moves.
 */
import type { Clock, EcrSimulator, SimulatorOptions } from '@ecr-scan-sim/simulator';

/**
 * @public A clock the `/_sim/clock` control API can move. The simulator's `FakeClock` and the server's
 * `OffsetClock` both fit (fake-timers vocabulary).
 */
export interface ControllableClock extends Clock {
  /** Moves the clock forward by `ms` (a negative value is a `TypeError`). */
  tick(ms: number): unknown;
  /** Jumps to an absolute time (epoch ms, ISO text or `Date`); may move backwards. */
  setSystemTime(time: number | string | Date): unknown;
}

/** @public Transport time limits, in milliseconds (Node `http.Server` settings). */
export interface ServerTimeouts {
  /** Time to receive the request headers. Default 10,000. */
  headersMs?: number;
  /** Time to receive the whole request. Default 30,000. */
  requestMs?: number;
  /** How long an idle keep-alive connection stays open. Default 5,000. */
  keepAliveMs?: number;
}

/** @public Options of {@link startServer}. */
export interface ServerOptions {
  /** TCP port; `0` (the default) picks any free port. The CLI defaults to 4510. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1` (loopback only). */
  host?: string;
  /**
   * `wall` (default): follows `Date.now()` plus an offset that tick/set move, so scans finish after real
   * seconds. `fake`: frozen at `startTime` until ticked. Or any {@link ControllableClock}.
   */
  clock?: 'wall' | 'fake' | ControllableClock;
  /** Where the clock starts (epoch ms, ISO text or Date). Default: now (wall) or 2026-01-01T00:00:00Z (fake). */
  startTime?: number | string | Date;
  /** Simulator options (the clock is the server's). A `snapshot` here is the starting state. */
  simulator?: Omit<SimulatorOptions, 'clock'>;
  /** Largest accepted request body. Default 1 MiB; bigger bodies get 413 RequestEntityTooLargeException. */
  maxBodyBytes?: number;
  /** Reject unsigned ECR requests with 403 MissingAuthenticationTokenException. Default false. */
  requireAuth?: boolean;
  /** Log one JSON line per request. Default false. */
  verbose?: boolean;
  /** Where request logs go. Default: `process.stdout`. */
  log?: (line: string) => void;
  timeouts?: ServerTimeouts;
}

/** @public A started server. */
export interface RunningServer {
  /** `http://HOST:PORT`, the `--endpoint-url` to give clients. */
  readonly url: string;
  readonly port: number;
  /** The current simulator. A getter: `PUT /_sim/snapshot` replaces it. */
  readonly simulator: EcrSimulator;
  /** The clock shared by every simulator this server creates. */
  readonly clock: ControllableClock;
  /**
   * Stops gracefully, the same on Node 22, 24 and 26: new connections are refused; a request that has started to
   * arrive (even one whose head the server has not read yet) is answered, with `Connection: close`; idle and
   * silent connections are closed; whatever is still open after 10 s is cut. Resolves once all are closed.
   */
  close(): Promise<void>;
}
