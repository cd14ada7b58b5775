import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from "@/lib/db/unavailable";
import { logger } from "@/lib/logging/logger";
import { RateLimited } from "@/lib/server/rate-limit/hit-rate-limit";
import { isAppError } from "./app-error";

/**
 * Turns any error into a JSON response: AppErrors say what went wrong (a rate limit also says when to
 * retry), an unreachable database is a 503 to retry, others only an id to quote.
 */
export function errorResponse(error: unknown): NextResponse {
  if (isDatabaseUnavailable(error)) {
    logger.warn("database unavailable", { error });
    return NextResponse.json(
      { error: { code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } },
    );
  }
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
      {
        status: error.status,
        headers: error instanceof RateLimited ? { "Retry-After": String(error.retryAfterSeconds) } : undefined,
      },
    );
  }
  const id = randomUUID();
  logger.error("unexpected error", { errorId: id, error });
  return NextResponse.json(
    { error: { code: "INTERNAL", message: `Something went wrong (error id ${id}).` } },
    { status: 500 },
  );
}
