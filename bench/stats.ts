export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  p95: number;
  /** The 99th percentile, where a benchmark reports tail latency. */
  p99?: number;
  samples: number;
  note?: string;
}

/** The p-th percentile by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Median, p95, p99 and maximum of a set of samples, e.g. latencies in ms. */
export function summarize(values: readonly number[]): { median: number; p95: number; p99: number; max: number } {
  return { median: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: percentile(values, 100) };
}

export function formatResult(result: BenchResult): string {
  const p99 = result.p99 === undefined ? '' : `, p99 ${result.p99.toFixed(2)} ${result.unit}`;
  return `${result.name}: median ${result.median.toFixed(2)} ${result.unit}, p95 ${result.p95.toFixed(2)} ${result.unit}${p99} (n=${result.samples}${result.note ? `; ${result.note}` : ''})`;
}
