import { z } from "zod";
import { caseInput } from "@/lib/domain/cases/case-fields";
import { MAX_IMPORT_BYTES } from "./customer-csv";
import { customerFieldsSchema } from "./customer-schema";

/**
 * The customer registry's forms (browser and use-cases). Adding a customer is `customerFieldsSchema`
 * itself; these add what editing, the case page and the import post.
 */

export const updateCustomerSchema = customerFieldsSchema.extend({
  customerId: z.string({ message: "unknown_customer" }).uuid("unknown_customer"),
  /** When the editor loaded the customer: a change made since is not silently overwritten. */
  expectedUpdatedAt: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.iso.datetime().optional()),
});

/** "Create the customer from this case": the customer, and the case it is confirmed for. */
export const createCustomerForCaseSchema = customerFieldsSchema.extend(caseInput);

export const confirmCaseCustomerSchema = z.object({
  ...caseInput,
  /** The registered customer the request is about; empty to clear a confirmation made in error. */
  customerId: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.string().uuid("choose_customer").nullable(),
  ),
});

const CHOOSE_A_FILE = "choose_csv_file";

/** The CSV import's one field; the use-case reads the file's rows (all or nothing). */
export const importCustomersSchema = z.object({
  file: z
    .instanceof(File, { message: CHOOSE_A_FILE })
    .refine((file) => file.size > 0, CHOOSE_A_FILE)
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "import_file_too_large"),
});
