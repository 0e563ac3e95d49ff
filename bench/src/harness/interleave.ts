import { youngGc } from './heap.js';

/** Runs exactly the operations its row prepared; resolves when the last one has. */
export type Batch = () => Promise<void>;

/** One row timed per operation, in slices interleaved with the other rows. */
export interface TimedRow {
  /** Largest slice, for rows whose state must stay close to a size (history rows). */
  maxOps?: number;
  /** What one operation counts for in the row's unit (e.g. 100 findings per page): samples are per unit. */
  unitsPerOp?: number;
  /** Readies `n` operations outside the timing (pools, clock moves) and returns the batch that runs them. */
  prepare(n: number): Promise<Batch>;
  /** Runs after each timed batch, outside the timing (e.g. removes interceptors other rows must not see). */
  afterBatch?(): Promise<void>;
  /** Releases what the row holds (servers, interceptors). */
  close?(): Promise<void>;
  /**
   * CPU time used so far, ms, by processes the row runs its operations in besides this one (a server in a child
   * process): added to the row's CPU column, so that it counts client and server as the in-process rows do.
   */
  helperCpuMs?(): number;
}

/** Fewest operations in a slice, so one-off costs (a first connection, a cold path) stay small in it. */
const MIN_OPS = 20;

/** How the interleaved run proceeds. */
export interface InterleaveOptions {
  /** Measured rounds; each runs every row once. */
  rounds: number;
  /** Target duration of one row's slice, ms. */
  sliceMs: number;
  /** Progress lines go here. */
  log: (line: string) => void;
}

/** One timed batch: wall time, and the CPU time of the whole process (all threads, user + system). */
interface BatchTime {
  wallMs: number;
  cpuMs: number;
}

async function timeBatch(row: TimedRow, n: number): Promise<BatchTime> {
  const batch = await row.prepare(n);
  youngGc();
  const helperBefore = row.helperCpuMs?.() ?? 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await batch();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const helperMs = (row.helperCpuMs?.() ?? 0) - helperBefore;
  await row.afterBatch?.();
  return { wallMs, cpuMs: (used.user + used.system) / 1000 + helperMs };
}

/** Per row, one sample per round, in µs per operation. */
export interface RowSamples {
  wall: number[];
  /**
   * Process CPU time per operation: unlike wall time it hardly moves when other processes share the machine,
   * but it also counts this process's GC and I/O threads.
   */
  cpu: number[];
}

/**
 * Finds how many operations fill a slice. First a warm-up: batches of growing size until they have run for two
 * slices in all (first calls pay for lazy initialisation and the JIT); then two passes that scale the batch to
 * the slice length.
 */
async function calibrate(row: TimedRow, sliceMs: number): Promise<number> {
  const cap = row.maxOps ?? 1 << 24;
  let n = 1;
  let spent = 0;
  while (spent < 2 * sliceMs && n < cap) {
    spent += (await timeBatch(row, n)).wallMs;
    n = Math.min(cap, n * 2);
  }
  for (let pass = 0; pass < 2; pass++) {
    const elapsed = (await timeBatch(row, n)).wallMs;
    n = Math.min(cap, Math.max(MIN_OPS, Math.round((n * sliceMs) / Math.max(elapsed, 0.001))));
  }
  return n;
}

/** What an interleaved run yields. */
export interface InterleaveResult {
  samples: Map<string, RowSamples>;
  /** Rows that threw (while calibrating or in a slice), with the error message; they leave the run. */
  failures: Map<string, string>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * Times every row in `rounds` rounds; in each round every row runs one slice, in an order rotated from round to
 * round, so that drift (thermal, other processes, heap growth) spreads over all rows instead of biasing the last.
 * A row that throws leaves the run and is reported in `failures`; the other rows go on.
 * @returns per row, one wall and one CPU sample per round, in µs per operation
 */
export async function interleave(
  rows: ReadonlyMap<string, TimedRow>,
  options: InterleaveOptions,
): Promise<InterleaveResult> {
  const sizes = new Map<string, number>();
  const failures = new Map<string, string>();
  const attempt = async (id: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      failures.set(id, message(error));
      options.log(`  ${id} failed and leaves the run: ${message(error)}`);
    }
  };
  for (const [id, row] of rows) {
    await attempt(id, async () => {
      sizes.set(id, await calibrate(row, options.sliceMs));
      options.log(`  calibrated ${id}: ${sizes.get(id)} ops per slice`);
    });
  }
  const live = () => [...sizes.keys()].filter((id) => !failures.has(id));
  for (const id of live())
    await attempt(id, async () => void (await timeBatch(rows.get(id)!, sizes.get(id)!)));
  const samples = new Map<string, RowSamples>(live().map((id) => [id, { wall: [], cpu: [] }]));
  for (let round = 0; round < options.rounds; round++) {
    const ids = live();
    for (let k = 0; k < ids.length; k++) {
      const id = ids[(round + k) % ids.length]!;
      const n = sizes.get(id)!;
      await attempt(id, async () => {
        const { wallMs, cpuMs } = await timeBatch(rows.get(id)!, n);
        const units = n * (rows.get(id)!.unitsPerOp ?? 1);
        samples.get(id)!.wall.push((wallMs * 1000) / units);
        samples.get(id)!.cpu.push((cpuMs * 1000) / units);
      });
    }
    options.log(`  round ${round + 1}/${options.rounds} done`);
  }
  for (const id of failures.keys()) samples.delete(id);
  return { samples, failures };
}
