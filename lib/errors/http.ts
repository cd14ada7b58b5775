import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { logger } from "@/lib/logging/logger";
import { isAppError } from "./app-error";

/** Turns any error into a JSON response: AppErrors say what went wrong, others only an id to quote. */
export function errorResponse(error: unknown): NextResponse {
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
      { status: error.status },
    );
  }
  const id = randomUUID();
  logger.error("unexpected error", { errorId: id, error });
  return NextResponse.json(
    { error: { code: "INTERNAL", message: `Something went wrong (error id ${id}).` } },
    { status: 500 },
  );
}
