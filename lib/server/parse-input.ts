import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

/** Field errors keyed by the field's dotted path ("requester.email"), as forms name their inputs. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** Validates a use-case's input; bad input becomes a 400 AppError with field errors (nothing is written). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message = "Check the highlighted fields.",
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldErrorsOf(parsed.error));
  return parsed.data;
}
