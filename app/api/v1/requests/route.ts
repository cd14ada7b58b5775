import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/errors/http";
import { clientIp, readJsonBody } from "@/lib/server/http/read-json-body";
import { submitRequest } from "@/lib/server/intake/submit-request";

export const dynamic = "force-dynamic";

const BODY_LIMIT = 64 * 1024;

/**
 * Files a data-subject request for an integration (same schema as the public form, without uploads).
 * 202: a verification email is on its way; 400 with field errors; 413 too large; 429 rate limited.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readJsonBody(request, BODY_LIMIT);
    await submitRequest({ request: body, channel: "API", ip: clientIp(request.headers) });
    return NextResponse.json(
      { status: "verification_sent", message: "Check your email to confirm the request." },
      { status: 202 },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
