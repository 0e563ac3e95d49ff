import type { ResultRow } from './results.js';

/** A number with about three significant digits, grouped by thousands. */
export function num(value: number | null): string {
  if (value === null) return '';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The cells of one row: name, median with unit, p10–p90, ops/s, CPU µs/op, ratio, CPU ratio, target. */
export function cells(row: ResultRow, names: ReadonlyMap<string, string>): string[] {
  if (row.median === null) {
    const why = row.note ?? '';
    return [row.name, why.length <= 30 ? why : 'n/a (see notes)', '', '', '', '', '', ''];
  }
  const perOp = row.unit === 'µs/op';
  const ratio = row.ratio === null ? '' : `${num(row.ratio)}× ${names.get(row.ratio_to ?? '') ?? ''}`;
  return [
    row.name,
    `${num(row.median)} ${row.unit}`,
    `${num(row.p10)}–${num(row.p90)}`,
    perOp ? num(1e6 / row.median) : '',
    num(row.cpu_median),
    ratio,
    row.cpu_ratio === null ? '' : `${num(row.cpu_ratio)}×`,
    row.target ?? '',
  ];
}

/** Short names for the ratio column. */
export function shortNames(rows: readonly ResultRow[]): Map<string, string> {
  const short: Record<string, string> = {
    floor: 'floor',
    'sdk-floor': 'SDK floor',
    'sdk-in-process': 'in-process',
  };
  return new Map(rows.map((row) => [row.id, short[row.id] ?? row.name.replace(/^StartImageScan at /, '')]));
}

export const HEADERS = ['Row', 'Median', 'p10–p90', 'ops/s', 'CPU µs/op', 'Ratio', 'CPU ratio', 'Target'];

/** A plain-text table for the terminal. */
export function textTable(rows: readonly ResultRow[]): string {
  const names = shortNames(rows);
  const lines = [HEADERS, ...rows.map((row) => cells(row, names))];
  const widths = HEADERS.map((_, c) => Math.max(...lines.map((line) => line[c]!.length)));
  const render = (line: string[]) =>
    line
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  const table = [
    render(lines[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.slice(1).map(render),
  ];
  const notes = rows.filter((row) => row.note !== null).map((row) => `- ${row.name}: ${row.note}`);
  return [...table, ...(notes.length > 0 ? ['', 'Notes:', ...notes] : [])].join('\n');
}

/** A Markdown table. */
export function markdownTable(rows: readonly ResultRow[]): string {
  const names = shortNames(rows);
  const line = (cellsOfRow: string[]) => `| ${cellsOfRow.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(HEADERS), line(HEADERS.map(() => '---')), ...rows.map((row) => line(cells(row, names)))].join(
    '\n',
  );
}
