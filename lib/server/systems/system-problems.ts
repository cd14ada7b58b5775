import "server-only";
import { AppError } from "@/lib/errors/app-error";

/** The registry's refusals that more than one use-case gives. */
export const systemProblems = {
  /** A name already registered (under this or another spelling), next to the name field. */
  duplicateName: () => new AppError("CONFLICT", "problems.checkFields", { name: ["system_name_taken"] }),
  /** Staff owners that are no enabled staff account. */
  unknownOwners: () => new AppError("VALIDATION", "problems.checkFields", { ownerIds: ["unknown_staff_owner"] }),
  noSuchSystem: () => new AppError("NOT_FOUND", "problems.noSuchSystem"),
  forbidden: () => new AppError("FORBIDDEN", "problems.roleNotAllowed"),
};
