import type { Summary } from '../harness/stats.js';
import { NOT_BUILT } from '../rows/optional-import.js';
import type { RowSpec, Target } from './row-specs.js';

/** One row of results.json. The schema is stable: tools may read it. */
export interface ResultRow {
  id: string;
  name: string;
  unit: string;
  /** Median over runs; null when the row could not run. */
  median: number | null;
  p10: number | null;
  p90: number | null;
  /** Median process CPU time per operation (µs), for timed rows; robust to other processes on the machine. */
  cpu_median: number | null;
  /** How many runs (rounds) the numbers summarise. */
  runs: number;
  /** Id of the row the ratio divides by. */
  ratio_to: string | null;
  /** median / the other row's median. */
  ratio: number | null;
  /** cpu_median / the other row's cpu_median. */
  cpu_ratio: number | null;
  /** `met …` or `missed …` (judged on wall time, with the CPU-time verdict after it), or null without a target. */
  target: string | null;
  /** Why a row has no numbers, or how it was measured differently. */
  note: string | null;
}

/** The machine and the run, as results.json and docs/benchmarks.md show them. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
  mode: 'full' | 'quick';
  rounds: number;
  sliceMs: number;
  gcExposed: boolean;
  loadAverageStart: number;
  loadAverageEnd: number;
  durationS: number;
}

/** What results.json holds. */
export interface Results {
  machine: MachineInfo;
  rows: ResultRow[];
}

/** Four significant digits: results.json stays readable and diffs stay small. */
function round(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value.toPrecision(4));
}

function describeTarget(target: Target): string {
  return `${target.on === 'ratio' ? 'ratio' : 'value'} ${target.op} ${target.limit}`;
}

function meets(target: Target, value: number): boolean {
  return target.op === '<=' ? value <= target.limit : value >= target.limit;
}

/** Joins specs and measurements into result rows: ratios on medians, targets checked. */
export function buildRows(
  specs: readonly RowSpec[],
  measured: ReadonlyMap<string, Summary>,
  notes: ReadonlyMap<string, string>,
): ResultRow[] {
  return specs.map((spec) => {
    const own = measured.get(spec.id);
    const other = spec.ratioTo === null ? undefined : measured.get(spec.ratioTo);
    const ratio = own && other ? own.median / other.median : null;
    const cpuRatio =
      own?.cpuMedian !== undefined && other?.cpuMedian !== undefined ? own.cpuMedian / other.cpuMedian : null;
    const checked = spec.target?.on === 'ratio' ? ratio : (own?.median ?? null);
    const verdict = (value: number, goal: Target) => (meets(goal, value) ? 'met' : 'missed');
    const target =
      spec.target === undefined || checked === null
        ? null
        : `${verdict(checked, spec.target)} (${describeTarget(spec.target)})` +
          (spec.target.on === 'ratio' && cpuRatio !== null ? `; CPU: ${verdict(cpuRatio, spec.target)}` : '');
    return {
      id: spec.id,
      name: spec.name,
      unit: spec.unit,
      median: round(own?.median),
      p10: round(own?.p10),
      p90: round(own?.p90),
      cpu_median: round(own?.cpuMedian),
      runs: own?.runs ?? 0,
      ratio_to: spec.ratioTo,
      ratio: round(ratio),
      cpu_ratio: round(cpuRatio),
      target,
      note: notes.get(spec.id) ?? (own ? null : NOT_BUILT),
    };
  });
}
