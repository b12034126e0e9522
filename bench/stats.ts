export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  p95: number;
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

export function formatResult(result: BenchResult): string {
  return `${result.name}: median ${result.median.toFixed(2)} ${result.unit}, p95 ${result.p95.toFixed(2)} ${result.unit} (n=${result.samples}${result.note ? `; ${result.note}` : ''})`;
}
