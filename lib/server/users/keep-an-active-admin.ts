import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { LockedStaff } from "./lock-staff-account";

/** Refuses a change that would leave Rightsdesk without an active administrator (nobody could fix it). */
export function keepAnActiveAdmin({ target, activeAdminIds }: LockedStaff): void {
  if (!target) return;
  if (activeAdminIds.some((id) => id !== target.id)) return;
  if (target.role !== "ADMIN" || target.disabled) return;
  throw new AppError("CONFLICT", "problems.lastActiveAdmin");
}
