import "server-only";
import { db } from "@/lib/db/client";

/** Active staff who can work cases, for the assign control. */
export function assignableStaff() {
  return db().user.findMany({
    where: { disabled: false, role: { in: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
