import { NextResponse } from "next/server";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/server/health/check-health";
import { canReadHealthDetail } from "@/lib/server/health/health-detail-access";

export const dynamic = "force-dynamic";

/**
 * The status for load balancers (200 ok or degraded, 503 when the database is unreachable); the full report
 * only for monitoring with the health token or a signed-in staff member allowed to read it.
 */
export async function GET(request: Request): Promise<Response> {
  const report = await checkHealth(db(), env().isEmbedded ? "embedded" : "postgres");
  const body = (await canReadHealthDetail(request)) ? report : { status: report.status };
  return NextResponse.json(body, {
    status: report.status === "unavailable" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
