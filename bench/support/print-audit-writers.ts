import { cpus, loadavg } from "node:os";
import type { AuditWritersFigures } from "../audit-writers";
import type { WriterFigures } from "./writers";

const row = (f: WriterFigures) => ({
  "tx/s": f.transactionsPerSecond,
  "p50 ms": f.p50,
  "p95 ms": f.p95,
  transactions: f.transactions,
  errors: f.errors,
});

/** The audit-writers bench's tables: both phases, the same-run ratio and the sealing lag per backend. */
export function printAuditWriters(result: { runs: AuditWritersFigures[]; skipped: string[] }, duration: number) {
  for (const line of result.skipped) console.log(line);
  for (const run of result.runs) {
    const name = run.backend === "postgres" ? "PostgreSQL" : "Embedded";
    console.log(
      `\n${name}: ${run.writers} writer(s), BEGIN; INSERT one event; pg_sleep(0.002); COMMIT, ${duration} s per phase, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.table({ "plain table (no trigger)": row(run.plain), "AuditEvent (sealed after commit)": row(run.audit) });
    console.log(`audit / plain transactions/s = ${run.ratio}`);
    if (run.sealing) {
      console.log(
        `sealing lag (COMMIT to hash set): p50 ${run.sealing.lagP50Ms} ms, p95 ${run.sealing.lagP95Ms} ms; ` +
          `${run.sealing.sealed} sealed, ${run.sealing.unsealedAtEnd} still unsealed at the end`,
      );
    }
    for (const note of run.notes) console.log(`note: ${note}`);
  }
}
