/** The summary of one row: the median and the 10th/90th percentiles of its samples. */
export interface Summary {
  median: number;
  p10: number;
  p90: number;
  runs: number;
  /** Median CPU time per operation, for timed rows. */
  cpuMedian?: number;
}

/** Linear-interpolated quantile `q` (0–1) of samples; the samples need not be sorted. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('quantile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const low = sorted[lo]!;
  return low + (sorted[hi]! - low) * (at - lo);
}

/** Median and p10/p90 spread of the samples. */
export function summarise(samples: readonly number[], cpu?: readonly number[]): Summary {
  return {
    median: quantile(samples, 0.5),
    p10: quantile(samples, 0.1),
    p90: quantile(samples, 0.9),
    runs: samples.length,
    ...(cpu === undefined ? {} : { cpuMedian: quantile(cpu, 0.5) }),
  };
}
