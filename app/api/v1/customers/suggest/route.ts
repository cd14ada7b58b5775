import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/errors/http";
import { clientIp } from "@/lib/http/client-address";
import { suggestCustomerNames } from "@/lib/server/customers/suggest-customer-names";

export const dynamic = "force-dynamic";

/**
 * Public: registered customer names matching what a requester typed (`?q=`, at least 2 characters),
 * for the request form's suggestions. 200 `{ suggestions: string[] }`; 400 too short; 429 rate limited.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const q = new URL(request.url).searchParams.get("q") ?? "";
    const suggestions = await suggestCustomerNames({ q, ip: clientIp(request.headers) });
    return NextResponse.json({ suggestions }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, request);
  }
}
