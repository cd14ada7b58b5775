import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const dynamic = "force-dynamic";

/**
 * Benchmark reference, not a floor: reads the body and appends one audit event through the audit trail's
 * writer, so it pays what every audited write pays (the chain trigger and its lock). Compared with the
 * plain insert route it shows the audit append's own cost. Only in the benchmark's build (BENCH_BUILD=true,
 * lib/config/build-output.ts): production builds do not contain it.
 */
export async function POST(request: Request): Promise<Response> {
  await request.arrayBuffer();
  await recordAuditEvent(db(), { type: "bench.audit_insert", actorKind: "SYSTEM" });
  return NextResponse.json({ ok: true }, { status: 201 });
}
