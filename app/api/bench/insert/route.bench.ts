import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const dynamic = "force-dynamic";

/**
 * Benchmark baseline: one row inserted through the same client as the intake (the audit trail's writer),
 * nothing else. A route only in the benchmark's own build (BENCH_BUILD=true, lib/config/build-output.ts):
 * production builds do not contain it.
 */
export async function POST(): Promise<Response> {
  await recordAuditEvent(db(), { type: "bench.baseline", actorKind: "SYSTEM" });
  return NextResponse.json({ ok: true }, { status: 201 });
}
