import "server-only";
import { db } from "@/lib/db/client";

/** Registered customers by name, for the queue's and the reports' customer filters. */
export function customerOptions() {
  return db().cloudCustomer.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
