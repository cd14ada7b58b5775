import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { AppError } from "@/lib/errors/app-error";

/** A listed privacy contact of the customer. */
const contactRow = z.object({ id: z.string(), email: z.string() });

const notListed = () =>
  new AppError("VALIDATION", "problems.checkFields", {
    contactIds: ["choose_listed_contacts"],
  });

/**
 * The chosen contacts, each of which must be listed on this customer now (not removed, not another
 * customer's): their ids and addresses, in the customer's order. The rows are share-locked until the
 * routing commits, so an officer removing a contact at that moment waits rather than the request going
 * to an address no longer listed.
 */
export async function chosenContacts(tx: Tx, customer: { id: string; name: string }, contactIds: readonly string[]) {
  const listed = await queryRows(
    tx,
    contactRow,
    Prisma.sql`
    SELECT id::text AS id, email FROM "CustomerContact"
    WHERE "customerId" = ${customer.id}::uuid AND "removedAt" IS NULL
    ORDER BY position
    FOR SHARE`,
  );
  const wanted = new Set(contactIds.map((id) => id.toLowerCase()));
  const chosen = listed.filter((c) => wanted.has(c.id));
  if (chosen.length !== wanted.size) throw notListed();
  return chosen;
}
