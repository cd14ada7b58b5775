import "server-only";
import type { z } from "zod";
import { AppError, type FieldErrors, type ProblemKey } from "@/lib/errors/app-error";

/** Field errors (keys under `errors`) by the field's dotted path ("requester.email"), as forms name their inputs. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The dotted paths of strings holding a NUL character. PostgreSQL text cannot store one, so it would
 * fail the write with an internal error; nobody types one, so it is refused as invalid input instead.
 */
export function nulCharacterPaths(input: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof input === "string") {
    if (input.includes("\u0000")) found.push(path.length ? path.join(".") : "_form");
  } else if (Array.isArray(input)) {
    input.forEach((item, i) => nulCharacterPaths(item, [...path, String(i)], found));
  } else if (input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    for (const [key, value] of Object.entries(input)) nulCharacterPaths(value, [...path, key], found);
  }
  return found;
}

/** Validates a use-case's input; bad input becomes a 400 AppError with field errors (nothing is written). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message: ProblemKey = "problems.checkFields",
): z.infer<S> {
  const nul = nulCharacterPaths(input);
  if (nul.length)
    throw new AppError("VALIDATION", message, Object.fromEntries(nul.map((f) => [f, ["invalid_characters"]])));
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldErrorsOf(parsed.error));
  return parsed.data;
}
