import { HTTP_CONNECTIONS } from '../rows/http-mix-rows.js';

/** A goal a row should meet, on its value or on its ratio to the row it is compared with. */
export interface Target {
  on: 'value' | 'ratio';
  op: '<=' | '>=';
  limit: number;
}

/** What a row measures and how it is shown. */
export interface RowSpec {
  /** Stable key, used by `ratio_to` in results.json. */
  id: string;
  name: string;
  unit: 'µs/op' | 'ms' | 'MB' | 'bytes/image';
  /** Id of the row this one is divided by. */
  ratioTo: string | null;
  /** One sentence for docs/benchmarks.md. */
  explain: string;
  target?: Target;
}

const spec = (s: RowSpec): RowSpec => s;

/** Id of the history row of `size` entries, e.g. `history-10^6`. */
export function historyId(size: number): string {
  return `history-10^${Math.round(Math.log10(size))}`;
}

/** Every row, in table order. Sizes in names are filled in by `rowSpecs` (quick runs use smaller ones). */
export function rowSpecs(scale: { scenario: number; histories: readonly number[] }): RowSpec[] {
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  const exp = (n: number) => `10^${Math.round(Math.log10(n))}`;
  const smallest = scale.histories[0]!;
  return [
    spec({
      id: 'floor',
      name: 'Floor: Map get + set + Date.now()',
      unit: 'µs/op',
      ratioTo: null,
      explain: 'The least any stateful fake can cost per call: one `Map` read, one write and one clock read.',
    }),
    spec({
      id: 'sim-start-scan',
      name: 'sim.startImageScan (image free to scan)',
      unit: 'µs/op',
      ratioTo: 'floor',
      explain:
        'The simulator API directly: validation, call log and the quota checks of an accepted scan, each call on the next image of a pre-pushed pool.',
      target: { on: 'ratio', op: '<=', limit: 10 },
    }),
    spec({
      id: 'sim-findings',
      name: 'sim.describeImageScanFindings, per finding (pages of 100)',
      unit: 'µs/op',
      ratioTo: 'floor',
      explain:
        'Full 100-finding pages of a completed scan (profile severity counts summing to 100), timed per finding returned: the call, the page and its 100 findings, divided by 100.',
      target: { on: 'ratio', op: '<=', limit: 20 },
    }),
    spec({
      id: 'sim-enhanced-findings',
      name: 'sim.describeImageScanFindings ENHANCED, per finding (pages of 100)',
      unit: 'µs/op',
      ratioTo: 'sim-findings',
      explain:
        "The same image under ENHANCED scanning (SCAN_ON_PUSH): 100-finding pages of `enhancedFindings` (records generated once into the generation cache, rendered in ECR's shape per page: about five times the members of a basic finding, six of them Dates), per finding returned. Issue 14 asks for no more than the basic row.",
      target: { on: 'ratio', op: '<=', limit: 1 },
    }),
    spec({
      id: 'sim-continuous-day',
      name: 'CONTINUOUS_SCAN image after 1 day of feed, per finding (pages of 100)',
      unit: 'µs/op',
      ratioTo: 'sim-enhanced-findings',
      explain: 'A continuously scanned image one day after its push: the feed evaluated once.',
    }),
    spec({
      id: 'sim-continuous-year',
      name: 'CONTINUOUS_SCAN image after 365 days of feed, per finding (pages of 100)',
      unit: 'µs/op',
      ratioTo: 'sim-continuous-day',
      explain:
        'The same a year later: the feed is a formula of time (rule E18), so a year costs what a day costs (no per-day replay).',
      target: { on: 'ratio', op: '<=', limit: 1.1 },
    }),
    spec({
      id: 'sdk-floor',
      name: 'SDK floor: ECRClient + canned-bytes handler',
      unit: 'µs/op',
      ratioTo: null,
      explain:
        '`ECRClient.send(StartImageScanCommand)` with a Smithy handler that returns fixed 200 JSON bytes: what the SDK itself costs (middleware, signing, serialisation, parsing).',
    }),
    spec({
      id: 'sdk-in-process',
      name: 'ECRClient + createSimulatorHandler',
      unit: 'µs/op',
      ratioTo: 'sdk-floor',
      explain:
        'The same call answered in process by the wire codec and the simulator (`@ecr-scan-sim/wire`).',
      target: { on: 'ratio', op: '<=', limit: 1.5 },
    }),
    spec({
      id: 'client-mock',
      name: 'aws-sdk-client-mock, canned reply',
      unit: 'µs/op',
      ratioTo: 'sdk-in-process',
      explain:
        'For reference, what tests use today: `mockClient(client).on(StartImageScanCommand).resolves(…)`, which skips the middleware stack and has no state.',
    }),
    spec({
      id: 'msw',
      name: 'ECRClient over MSW setupServer',
      unit: 'µs/op',
      ratioTo: 'sdk-in-process',
      explain:
        "The client's default Node HTTP handler intercepted by `msw/node` with `createEcrHandlers(sim)` (`@ecr-scan-sim/msw`).",
      target: { on: 'ratio', op: '>=', limit: 3 },
    }),
    spec({
      id: 'server-1',
      name: 'ECRClient over HTTP server, 1 client',
      unit: 'µs/op',
      ratioTo: 'sdk-in-process',
      explain:
        'Real sockets on loopback to `startServer` (`@ecr-scan-sim/server`), one call at a time: latency.',
    }),
    spec({
      id: 'server-16',
      name: 'ECRClient over HTTP server, 16 clients',
      unit: 'µs/op',
      ratioTo: 'sdk-in-process',
      explain:
        'Sixteen clients in this process, each keeping one call in flight; wall time divided by calls, i.e. the inverse of throughput.',
    }),
    spec({
      id: 'http-bare',
      name: 'HTTP floor: bare node:http',
      unit: 'µs/op',
      ratioTo: null,
      explain: `The HTTP mix (DescribeImages, then DescribeImageScanFindings with maxResults 10, in turn) from the light load generator (\`node:http\` keep-alive, ${HTTP_CONNECTIONS} connections, one request in flight each, no signing) against a bare \`node:http\` server that reads each body and answers the bytes our server answers: the least an HTTP endpoint costs.`,
    }),
    spec({
      id: 'http-server',
      name: 'HTTP: startServer, same mix',
      unit: 'µs/op',
      ratioTo: 'http-bare',
      explain:
        "The same mix and client against `startServer` (fake clock; a completed scan with 100 findings, pages of 10). Target: at least 80% of the bare server's throughput, i.e. at most 1.25 times its time per request.",
      target: { on: 'ratio', op: '<=', limit: 1.25 },
    }),
    spec({
      id: 'http-moto',
      name: 'HTTP: moto_server, same mix',
      unit: 'µs/op',
      ratioTo: 'http-server',
      explain:
        "The same mix and client against moto_server (moto 5, its own process on a loopback port), where installed; full runs only. The ratio is how many times longer moto takes per request than `startServer`; its CPU column adds the CPU time of moto_server's process (from /proc, Linux only) to the client's, as the in-process rows count client and server.",
      target: { on: 'ratio', op: '>=', limit: 50 },
    }),
    spec({
      id: 'scenario-time',
      name: `${k(scale.scenario)} scenario: total time`,
      unit: 'ms',
      ratioTo: null,
      explain: `${(scale.scenario + 1).toLocaleString('en-US')} pushes with scan on push in one registry (account limit ${scale.scenario.toLocaleString('en-US')}), the last ends LIMIT_EXCEEDED, the clock moves 24 h and a StartImageScan is accepted.`,
      target: scale.scenario === 100_000 ? { on: 'value', op: '<=', limit: 1_000 } : undefined,
    }),
    spec({
      id: 'scenario-heap',
      name: `${k(scale.scenario)} scenario: peak heap growth`,
      unit: 'MB',
      ratioTo: null,
      explain:
        'Highest `heapUsed` during that scenario (sampled every 1,000 pushes) above the heap settled by a full GC before it.',
      target: scale.scenario === 100_000 ? { on: 'value', op: '<=', limit: 100 } : undefined,
    }),
    spec({
      id: 'memory-per-image',
      name: `Memory per image (${k(scale.scenario)} images)`,
      unit: 'bytes/image',
      ratioTo: null,
      explain:
        'Heap the simulator state holds after that scenario (settled heap before minus after `sim.reset()`, full GCs), divided by the images pushed; it includes the bounded call log.',
    }),
    ...scale.histories.map((size) =>
      spec({
        id: historyId(size),
        name: `StartImageScan at ${exp(size)} history`,
        unit: 'µs/op',
        ratioTo: size === smallest ? null : historyId(smallest),
        explain:
          size === smallest
            ? `\`tick(1)\` + an accepted StartImageScan after ${size.toLocaleString('en-US')} accepted scans of one image (one scan record, account-window entry and call record each), built through the API.`
            : `The same after ${size.toLocaleString('en-US')} accepted scans; the ratio to ${exp(smallest)} shows how cost grows with history (1 = flat).`,
        target: size === smallest ? undefined : { on: 'ratio', op: '<=', limit: 1.5 },
      }),
    ),
  ];
}
