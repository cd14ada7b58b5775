import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { pickLocale } from "@/lib/i18n/locale";
import { translatorFor } from "@/lib/i18n/translator";
import { logger } from "@/lib/logging/logger";
import { RateLimited } from "@/lib/server/rate-limit/hit-rate-limit";
import { isAppError } from "./app-error";

/**
 * Turns any error into a JSON response: AppErrors say what went wrong (a rate limit also says when to
 * retry), an unreachable database is a 503 to retry, others only an id to quote. `message` is in the
 * request's language (its Accept-Language, English by default); `fieldErrors` stay keys of the
 * catalogue's `errors` ("invalid_email", "use_at_most:200"), stable for the integrations that read them.
 */
export function errorResponse(error: unknown, request: Request): NextResponse {
  const t = translatorFor(pickLocale(undefined, request.headers.get("accept-language")));
  if (isDatabaseUnavailable(error)) {
    logger.warn("database unavailable", { error });
    return NextResponse.json(
      { error: { code: "UNAVAILABLE", message: t(DATABASE_UNAVAILABLE) } },
      { status: 503, headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
    );
  }
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: t(error.key, error.values as never), fieldErrors: error.fieldErrors } },
      {
        status: error.status,
        headers: error instanceof RateLimited ? { "Retry-After": String(error.retryAfterSeconds) } : undefined,
      },
    );
  }
  const id = randomUUID();
  logger.error("unexpected error", { errorId: id, error });
  return NextResponse.json({ error: { code: "INTERNAL", message: t("problems.unexpected", { id }) } }, { status: 500 });
}
