import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { AppError } from "@/lib/errors/app-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The contacts a routing goes to, by id: one value or several (a form's ticked boxes), never an
 * address. Checked as a whole so the message sits next to the list.
 */
export const contactIdsField = z.preprocess(
  (v): unknown[] =>
    v === undefined || v === null ? [] : (Array.isArray(v) ? (v as unknown[]) : [v]).filter((id) => id !== ""),
  z
    .array(z.string(), { message: "Choose the contacts to send it to." })
    .min(1, "Choose at least one of the customer's privacy contacts.")
    .max(20, "Choose at most 20 contacts.")
    .refine((ids) => ids.every((id) => UUID.test(id)), "Choose among the customer's listed privacy contacts."),
);

/**
 * An address typed by hand used to be accepted here and is refused now (SECURITY.md "Attack review":
 * an analyst could send any visible case anywhere). Refused rather than ignored, so a caller that still
 * sends one learns that nothing was sent.
 */
export const typedAddressRefused = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.undefined({
    message:
      "Requests go only to the customer's listed privacy contacts: choose among them. An officer or administrator adds a contact on the customer's page.",
  }),
);

const notListed = (customerName: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", {
    contactIds: [`Choose among ${customerName}'s listed privacy contacts.`],
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
    z.object({ id: z.string(), email: z.string() }),
    Prisma.sql`
    SELECT id::text AS id, email FROM "CustomerContact"
    WHERE "customerId" = ${customer.id}::uuid AND "removedAt" IS NULL
    ORDER BY position
    FOR SHARE`,
  );
  const wanted = new Set(contactIds.map((id) => id.toLowerCase()));
  const chosen = listed.filter((c) => wanted.has(c.id));
  if (chosen.length !== wanted.size) throw notListed(customer.name);
  return chosen;
}
