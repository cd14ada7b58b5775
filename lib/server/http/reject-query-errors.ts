import "server-only";
import type { QueryErrors } from "@/lib/domain/query-params";
import { AppError } from "@/lib/errors/app-error";

/** An API route answers a malformed query parameter with 400 and its field errors (a page leaves it out). */
export function rejectQueryErrors(errors: QueryErrors): void {
  if (Object.keys(errors).length > 0) {
    throw new AppError("VALIDATION", "problems.checkQueryParameters", errors);
  }
}
