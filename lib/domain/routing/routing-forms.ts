import { z } from "zod";
import { caseInput, staffText } from "@/lib/domain/cases/case-fields";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The contacts a routing goes to, by id (a form's ticked boxes), never an address. Checked as a whole so
 * the message sits next to the list; the use-case checks that each is listed on the customer.
 */
export const contactIdsField = z
  .array(z.string(), { message: "choose_contacts" })
  .min(1, "choose_one_contact")
  .max(20, "too_many_contacts")
  .refine((ids) => ids.every((id) => UUID.test(id)), "choose_listed_contacts");

/**
 * An address typed by hand used to be accepted here and is refused now (SECURITY.md "Attack review":
 * an analyst could send any visible case anywhere). Refused rather than ignored, so a caller that still
 * sends one learns that nothing was sent.
 */
export const typedAddressRefused = z
  .undefined({
    message: "contacts_listed_only",
  })
  .optional();

/** Routing to the customer confirmed on the case. */
export const routeToCustomerSchema = z.object({
  ...caseInput,
  /** The customer confirmed on the case (the form sends it, so a changed confirmation is noticed). */
  customerId: z.string({ message: "confirm_customer_first" }).uuid("confirm_customer_first"),
  /** Which of its listed privacy contacts get the link. */
  contactIds: contactIdsField,
  contactEmail: typedAddressRefused,
});

/** Sending the open routing again with a new link. */
export const resendRoutingSchema = z.object({
  ...caseInput,
  /** Which of the customer's listed privacy contacts get the new link (the same ones or others). */
  contactIds: contactIdsField,
  contactEmail: typedAddressRefused,
});

export const revokeRoutingSchema = z.object({ ...caseInput });

export const closeAsTransferredSchema = z.object({
  ...caseInput,
  reason: staffText("write_transfer_reason", 10),
});
