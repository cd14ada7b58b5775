import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * Benchmark floor for the HTTP path alone: reads the body and answers, without the database, so the
 * intake's figures can be set against what the server costs before any SQL. Only in the benchmark's
 * build (BENCH_BUILD=true, lib/config/build-output.ts): production builds do not contain it.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  return NextResponse.json({ ok: true, bytes: body.length }, { status: 201 });
}
