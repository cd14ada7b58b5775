/** Concurrent writers for a fixed time: each runs one transaction after another and times each one. */

export interface WriterFigures {
  transactions: number;
  seconds: number;
  transactionsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

/** The value below which `p` percent of the sorted values fall (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** One stretch of writing: every transaction's latency in ms, the errors and the wall time. */
export interface WriterRun {
  latencies: number[];
  errors: number;
  seconds: number;
}

/**
 * Runs `writers` loops at once for `durationMs`; each loop calls `transaction(writer)` until the time is
 * up. A transaction that throws counts as an error (the loop goes on), so one failure shows in the
 * figures instead of ending the phase.
 */
export async function runWriters(
  writers: number,
  durationMs: number,
  transaction: (writer: number) => Promise<void>,
): Promise<WriterRun> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + durationMs;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await transaction(writer);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

/** The figures of one or more stretches of the same phase, taken as one. */
export function writerFigures(runs: WriterRun[]): WriterFigures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return {
    transactions: latencies.length,
    seconds: round1(seconds),
    transactionsPerSecond: Math.round(latencies.length / seconds),
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}
