/**
 * `pnpm bench [--quick]`: every row in one process and one run, interleaved (see docs/benchmarks.md). Prints a
 * table; writes bench/results.json and docs/benchmarks.md, or with --quick only bench/results.quick.json.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { canCollect } from './harness/heap.js';
import { interleave, type TimedRow } from './harness/interleave.js';
import { type Summary, summarise } from './harness/stats.js';
import { textTable } from './report/format.js';
import { describeMachine, type RunShape } from './report/machine.js';
import { benchmarksMarkdown } from './report/markdown.js';
import { buildRows, type Results } from './report/results.js';
import { historyId, rowSpecs } from './report/row-specs.js';
import { bareHttpRow, MotoMissing, motoMixRow, serverMixRow } from './rows/http-mix-rows.js';
import { optionalImport } from './rows/optional-import.js';
import { clientMockRow, inProcessRow, sdkFloorRow } from './rows/sdk-rows.js';
import {
  floorRow,
  simulatorContinuousRow,
  simulatorEnhancedFindingsRow,
  simulatorFindingsRow,
  simulatorStartScanRow,
} from './rows/simulator-rows.js';
import { mswRow, serverRow } from './rows/transport-rows.js';
import { HISTORY_OPS_PER_SLICE, HistoryBudgetExceeded, HistoryRow } from './scale/history-row.js';
import { runScenario } from './scale/scenario-100k.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const quick = process.argv.includes('--quick');
/**
 * `--only=<id>,<id>`: just those rows (ids as in results.json; http-bare brings http-server, whose answers it
 * replays), printed and written nowhere.
 */
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (id: string) =>
  only === undefined || only.includes(id) || (id === 'http-server' && only.includes('http-bare'));
const shape: RunShape = quick
  ? { mode: 'quick', rounds: 3, sliceMs: 40 }
  : { mode: 'full', rounds: 10, sliceMs: 200 };
const scale = quick
  ? { scenario: 10_000, scenarioRuns: 2, histories: [1_000, 100_000], historyBudgetMs: 15_000 }
  : { scenario: 100_000, scenarioRuns: 3, histories: [1_000, 100_000, 1_000_000], historyBudgetMs: 60_000 };
const log = (line: string) =>
  process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
const t0 = performance.now();
const startedAt = new Date();
const loadAverageStart = os.loadavg()[0] ?? 0;
const specs = rowSpecs(scale);
const measured = new Map<string, Summary>();
const notes = new Map<string, string>();
if (!canCollect)
  log('[ecr-scan-sim bench] run node with --expose-gc (pnpm bench does): heap numbers include garbage');

/** The first line of an error's message. */
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** A row that fails the run (its note says why); the others still run and the results are still written. */
function fail(id: string, reason: string): void {
  notes.set(id, `failed: ${reason}`);
  process.exitCode = 1;
}

/** Builds a row; a row whose setup throws is reported as failed instead of stopping the run. */
async function tryRow(group: Map<string, TimedRow>, id: string, build: () => TimedRow | Promise<TimedRow>) {
  if (!wanted(id)) return;
  try {
    group.set(id, await build());
  } catch (error) {
    fail(id, firstLine(error));
  }
}

/** Interleaves `group` for `rounds`, records its summaries and closes its rows. */
async function measure(group: ReadonlyMap<string, TimedRow>, rounds: number): Promise<void> {
  const { samples, failures } = await interleave(group, { rounds, sliceMs: shape.sliceMs, log });
  for (const [id, { wall, cpu }] of samples) measured.set(id, summarise(wall, cpu));
  for (const [id, reason] of failures) fail(id, reason);
  for (const row of group.values()) await row.close?.();
}

// --- scale first, in a fresh heap ---
const scenarioIds = ['scenario-time', 'scenario-heap', 'memory-per-image'];
if (scenarioIds.some(wanted)) {
  log(`scenario: ${scale.scenario + 1} pushes × ${scale.scenarioRuns} runs`);
  try {
    const runs = [];
    for (let run = 0; run < scale.scenarioRuns; run++) runs.push(await runScenario(scale.scenario));
    measured.set('scenario-time', summarise(runs.map((r) => r.totalMs)));
    measured.set('scenario-heap', summarise(runs.map((r) => r.peakHeapBytes / 1e6)));
    measured.set('memory-per-image', summarise(runs.map((r) => r.bytesPerImage)));
  } catch (error) {
    for (const id of scenarioIds) fail(id, firstLine(error));
  }
}

// --- timed rows ---
const wire = await optionalImport('@ecr-scan-sim/wire', () => import('@ecr-scan-sim/wire'));
const ecrMsw = await optionalImport('@ecr-scan-sim/msw', () => import('@ecr-scan-sim/msw'));
const ecrServer = await optionalImport('@ecr-scan-sim/server', () => import('@ecr-scan-sim/server'));
const { setupServer } = await import('msw/node');

const rows = new Map<string, TimedRow>();
await tryRow(rows, 'floor', floorRow);
await tryRow(rows, 'sim-start-scan', simulatorStartScanRow);
await tryRow(rows, 'sim-findings', simulatorFindingsRow);
await tryRow(rows, 'sim-enhanced-findings', simulatorEnhancedFindingsRow);
await tryRow(rows, 'sim-continuous-day', () => simulatorContinuousRow(1));
await tryRow(rows, 'sim-continuous-year', () => simulatorContinuousRow(365));
await tryRow(rows, 'sdk-floor', sdkFloorRow);
await tryRow(rows, 'client-mock', clientMockRow);
if (wire) await tryRow(rows, 'sdk-in-process', () => inProcessRow(wire));
if (ecrMsw && wire) await tryRow(rows, 'msw', () => mswRow(ecrMsw, setupServer));
if (ecrServer) {
  await tryRow(rows, 'server-1', () => serverRow(ecrServer, 1));
  await tryRow(rows, 'server-16', () => serverRow(ecrServer, 16));
  // The HTTP mix: our endpoint, a bare node:http server replaying its answers, and moto_server.
  let answers: Map<string, string> | undefined;
  await tryRow(rows, 'http-server', async () => {
    const built = await serverMixRow(ecrServer);
    answers = built.answers;
    return built.row;
  });
  if (answers && wanted('http-bare')) {
    const replayed = answers;
    await tryRow(rows, 'http-bare', () => bareHttpRow(replayed));
  }
}
if (!wanted('http-moto')) {
  // not asked for (--only)
} else if (quick) notes.set('http-moto', 'n/a: full runs only (--quick never starts moto_server)');
else {
  try {
    rows.set('http-moto', await motoMixRow());
  } catch (error) {
    if (error instanceof MotoMissing) {
      notes.set('http-moto', `n/a: skipped, ${error.message}`);
      log(`[ecr-scan-sim bench] SKIPPED the moto_server row: ${error.message}`);
    } else fail('http-moto', firstLine(error));
  }
}
log(`timed rows: ${rows.size} rows, ${shape.rounds} rounds of ${shape.sliceMs} ms slices`);
await measure(rows, shape.rounds);

// --- history rows: a phase of their own, so a 10^6 history's heap does not weigh on the rows above ---
const histories = new Map<string, TimedRow>();
for (const size of scale.histories) {
  if (!wanted(historyId(size))) continue;
  const history = new HistoryRow(size);
  try {
    await history.build(scale.historyBudgetMs);
  } catch (error) {
    if (error instanceof HistoryBudgetExceeded) {
      notes.set(historyId(size), `n/a: ${error.message}`); // a finding, not a failure
      log(`history ${size}: ${error.message}`);
    } else fail(historyId(size), firstLine(error));
    continue;
  }
  log(`history ${size}: built in ${Math.round(history.buildMs)} ms`);
  notes.set(
    historyId(size),
    `history built through the API: ${size.toLocaleString('en-US')} accepted StartImageScan calls, 1 ms apart, in ${(history.buildMs / 1000).toFixed(1)} s; slices of ${HISTORY_OPS_PER_SLICE} operations, rebuilt (untimed) when they have grown it by 10%`,
  );
  histories.set(historyId(size), history);
}
// Their slices are short (HISTORY_OPS_PER_SLICE operations), so they get three times the rounds.
log(
  `history rows: ${histories.size} rows, ${3 * shape.rounds} rounds of ${HISTORY_OPS_PER_SLICE} operations`,
);
await measure(histories, 3 * shape.rounds);

// --- report ---
for (const { id } of specs) if (!wanted(id)) notes.set(id, 'n/a: not asked for (--only)');
const results: Results = {
  machine: describeMachine(shape, startedAt, loadAverageStart),
  rows: buildRows(specs, measured, notes),
};
process.stdout.write(`\n${textTable(results.rows)}\n\n`);
const json = `${JSON.stringify(results, null, 2)}\n`;
const benchDir = new URL('../', import.meta.url);
if (only) log('--only: nothing written');
else if (quick) {
  await writeFile(new URL('results.quick.json', benchDir), json);
  log('wrote bench/results.quick.json (docs/benchmarks.md is written by full runs only)');
} else {
  await writeFile(new URL('results.json', benchDir), json);
  await writeFile(new URL('../docs/benchmarks.md', benchDir), benchmarksMarkdown(results, specs));
  log('wrote bench/results.json and docs/benchmarks.md');
}
