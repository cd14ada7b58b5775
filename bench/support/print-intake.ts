import { cpus, loadavg } from "node:os";
import type { IntakeBenchFigures, RouteFigures } from "../intake";

const row = (r: RouteFigures) => ({ "req/s": r.requestsPerSecond, "p95 ms": r.p95, errors: r.errors + r.non2xx });

/** The intake bench's table and its same-run ratios, the headline first. */
export function printIntakeBench(backend: string, bench: IntakeBenchFigures, duration: number): void {
  console.log(
    `\nIntake on the ${backend === "postgres" ? "PostgreSQL" : "embedded"} database, 20 connections, ${duration} s each, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.table({
    "no database (read the body, answer)": row(bench.noDatabase),
    "plain insert (one row, no trigger)": row(bench.plainInsert),
    "audit insert (one event, sealed after commit)": row(bench.auditInsert),
    "POST /api/v1/requests (the intake)": row(bench.intake),
  });
  console.log(`intake / plain insert = ${bench.ratios.intakeToPlainInsert} (the headline)`);
  console.log(`intake / no database  = ${bench.ratios.intakeToNoDatabase}`);
  console.log(`audit insert / plain insert = ${bench.ratios.auditInsertToPlainInsert}`);
}
