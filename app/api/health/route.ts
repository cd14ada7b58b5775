import { NextResponse } from "next/server";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/server/health/check-health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth(db(), env().isEmbedded ? "embedded" : "postgres");
  return NextResponse.json(report, {
    status: report.status === "unavailable" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
