import autocannon from "autocannon";

/** What every bench reports for one route under load. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  /** Interpolated between autocannon's p90 and p97.5 (it reports no p95). */
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export function p95Of(result: autocannon.Result): number {
  const { p90, p97_5 } = result.latency;
  return Math.round((p90 + ((p97_5 - p90) * (95 - 90)) / (97.5 - 90)) * 10) / 10;
}

/** Runs autocannon with these options and returns the figures. */
export async function measureLoad(options: autocannon.Options): Promise<LoadFigures> {
  const result = await autocannon(options);
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p95: p95Of(result),
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
