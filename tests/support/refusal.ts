import { expect } from "vitest";
import type { AppError } from "@/lib/errors/app-error";

/** The error a use-case refuses with; the test fails if the work succeeds instead. */
export const refusal = (work: Promise<unknown>): Promise<AppError> =>
  work.then(
    () => expect.fail("expected a refusal"),
    (error: unknown) => error as AppError,
  );
