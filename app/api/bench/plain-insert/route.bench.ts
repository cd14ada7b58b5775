import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * Benchmark floor for a write: reads the body and inserts one row, through the app's client, into
 * `bench_plain_row`, a table without triggers that the intake bench creates for itself before the server
 * starts (bench/intake.ts), so the production schema carries no benchmark table. Only in the benchmark's
 * build (BENCH_BUILD=true, lib/config/build-output.ts): production builds do not contain it.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  await db().$executeRaw`INSERT INTO bench_plain_row (bytes) VALUES (${body.length})`;
  return NextResponse.json({ ok: true }, { status: 201 });
}
