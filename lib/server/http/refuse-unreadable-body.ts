import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { MAX_FORM_BODY_BYTES } from "@/lib/http/body-limits";
import { translatorFor } from "@/lib/i18n/translator";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";

/**
 * A page's body that Next would cut off before its server action reads it: longer than the forms' limit
 * (413), or of unknown length (411: a chunked body, which only a hand-made request sends; browsers give
 * every form post a Content-Length, a length the HTTP parser holds the body to). The answer is plain text in
 * the page's language: a browser without JavaScript shows it as the page, and for exactly `text/plain`
 * Next's client throws it as the action's error message.
 */
export function refuseUnreadableBody(request: NextRequest): NextResponse | undefined {
  const length = request.headers.get("content-length");
  let status: 411 | 413;
  if (length === null) {
    if (!request.headers.has("transfer-encoding")) return undefined;
    status = 411;
  } else if (Number(length) > MAX_FORM_BODY_BYTES) {
    status = 413;
  } else {
    return undefined;
  }
  const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const t = translatorFor(locale);
  return new NextResponse(status === 413 ? t("errors.body_too_large") : t("errors.body_length_required"), {
    status,
    headers: {
      "Content-Type": request.headers.has("next-action") ? "text/plain" : "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
