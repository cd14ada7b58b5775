import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/guards";
import { errorResponse } from "@/lib/errors/http";
import { getCaseSummary } from "@/lib/server/cases/get-case-summary";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  try {
    const actor = await requirePermission("cases:read");
    const { reference } = await params;
    return NextResponse.json(await getCaseSummary(reference, actor));
  } catch (error) {
    return errorResponse(error, request);
  }
}
