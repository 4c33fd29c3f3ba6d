/** Percentiles of a sample of durations in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
  n: number;
}

/** Runs `fn` `n` times one after another and returns the p50 and p95 of its wall time. */
export async function measure(n: number, fn: (i: number) => Promise<unknown>): Promise<Percentiles> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)), n };
}

/** Milliseconds to three decimals, enough for sub-millisecond lookups. */
export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
