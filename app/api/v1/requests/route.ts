import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/errors/http";
import { translatorFor } from "@/lib/i18n/translator";
import { clientIp } from "@/lib/http/client-address";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { submitRequest } from "@/lib/server/intake/submit-request";

export const dynamic = "force-dynamic";

const BODY_LIMIT = 64 * 1024;

/**
 * Files a data-subject request for an integration (same schema as the public form, without uploads).
 * 202: a verification email is on its way, or (`verification_held`) the request is recorded but the
 * mailbox had its day's verification emails, with what to do in the requester's language; 400 with field
 * errors; 413 too large; 429 rate limited.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readJsonBody(request, BODY_LIMIT);
    const result = await submitRequest({ request: body, channel: "API", ip: clientIp(request.headers) });
    if (result.verificationEmailHeld) {
      return NextResponse.json(
        { status: "verification_held", message: translatorFor(result.locale)("verify.heldSendAgain") },
        { status: 202 },
      );
    }
    return NextResponse.json(
      { status: "verification_sent", message: translatorFor(result.locale)("verify.checkEmail") },
      { status: 202 },
    );
  } catch (error) {
    return errorResponse(error, request);
  }
}
