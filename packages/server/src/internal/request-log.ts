/** @internal One structured log line per request (`--verbose`). */
export interface RequestLogEntry {
  method: string;
  /** The ECR operation (`x-amz-target` without its prefix) or the control path. */
  target: string;
  status: number;
  ms: number;
}

/** @internal Formats one JSON line; the time is the wall time of the log, not the simulator's clock. */
export function formatRequestLog(entry: RequestLogEntry): string {
  return JSON.stringify({
    time: new Date().toISOString(),
    method: entry.method,
    target: entry.target,
    status: entry.status,
    ms: Math.round(entry.ms * 100) / 100,
  });
}

/** @internal The target to log for an ECR request. */
export function targetOf(header: string | string[] | undefined, path: string): string {
  if (typeof header !== 'string') return path;
  const dot = header.lastIndexOf('.');
  return (dot === -1 ? header : header.slice(dot + 1)).slice(0, 64);
}
