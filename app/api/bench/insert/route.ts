import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const dynamic = "force-dynamic";

/**
 * Benchmark baseline: one row inserted through the same client as the intake (the audit trail's
 * writer), nothing else. Exists only
 * when BENCH_ROUTES=true (set by `npm run bench`); otherwise it is a plain 404.
 */
export async function POST(): Promise<Response> {
  if (process.env.BENCH_ROUTES !== "true") return new NextResponse(null, { status: 404 });
  await recordAuditEvent(db(), { type: "bench.baseline", actorKind: "SYSTEM" });
  return NextResponse.json({ ok: true }, { status: 201 });
}
