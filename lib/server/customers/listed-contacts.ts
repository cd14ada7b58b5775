import "server-only";
import type { Db, Tx } from "@/lib/db/client";

/** A customer's listed privacy contacts, in order: the only addresses a request may be routed to. */
export function listedContacts(client: Db | Tx, customerId: string) {
  return client.customerContact.findMany({
    where: { customerId, removedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, email: true },
  });
}
