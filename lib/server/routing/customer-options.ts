import { db } from "@/lib/db/client";

/** Registered customers by name, for the queue's customer filter and the routing control. */
export function customerOptions(options: { activeOnly?: boolean } = {}) {
  return db().cloudCustomer.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
