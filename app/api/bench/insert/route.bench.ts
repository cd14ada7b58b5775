import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * Benchmark baseline: one row inserted through the same client as the intake, nothing else. A route only
 * in the benchmark's own build (BENCH_BUILD=true, lib/config/build-output.ts): production builds do not
 * contain it.
 */
export async function POST(): Promise<Response> {
  await db().auditEvent.create({ data: { type: "bench.baseline", actorKind: "SYSTEM" } });
  return NextResponse.json({ ok: true }, { status: 201 });
}
