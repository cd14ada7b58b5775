import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** Validates a use-case's input; bad input becomes a 400 AppError with field errors (nothing is written). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message = "Check the highlighted fields.",
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", message, z.flattenError(parsed.error).fieldErrors);
  return parsed.data;
}
