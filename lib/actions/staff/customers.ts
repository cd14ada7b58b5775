"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  confirmCaseCustomerSchema,
  createCustomerForCaseSchema,
  importCustomersSchema,
  updateCustomerSchema,
} from "@/lib/domain/customers/customer-forms";
import { customerFieldsSchema } from "@/lib/domain/customers/customer-schema";
import { AppError } from "@/lib/errors/app-error";
import { staffFormAction, type FormReply } from "@/lib/forms/form-action";
import { confirmCaseCustomer } from "@/lib/server/customers/confirm-case-customer";
import { createCustomer } from "@/lib/server/customers/create-customer";
import { createCustomerForCase } from "@/lib/server/customers/create-customer-for-case";
import { importCustomers, type ImportReport } from "@/lib/server/customers/import-customers";
import { updateCustomer } from "@/lib/server/customers/update-customer";

export const createCustomerAction = staffFormAction("customers:manage", {
  schema: customerFieldsSchema,
  run: async (fields, { actor }) => {
    const { customerId } = await createCustomer(fields, actor);
    revalidatePath("/customers");
    redirect(`/customers/${customerId}`);
  },
});

export const updateCustomerAction = staffFormAction("customers:manage", {
  schema: updateCustomerSchema,
  run: async (customer, { actor }) => {
    const { changed } = await updateCustomer(customer, actor);
    revalidatePath("/customers");
    revalidatePath(`/customers/${customer.customerId}`);
    return changed.length ? "Changes saved." : "No change.";
  },
});

/** The import's reply: the wrapper's, plus the report of rejected rows by line when nothing was imported. */
export type ImportReply = FormReply & { report?: ImportReport };

/** All or nothing: one rejected row and the whole file is refused, the report naming each by line. */
export async function importCustomersAction(
  previous: ImportReply | undefined,
  formData: FormData,
): Promise<ImportReply> {
  let report: ImportReport | undefined;
  const importFile = staffFormAction("customers:manage", {
    schema: importCustomersSchema,
    run: async ({ file }, { actor }) => {
      report = await importCustomers(
        { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } },
        actor,
      );
      const count = report.rejected.length;
      if (count > 0) {
        throw new AppError(
          "VALIDATION",
          `Nothing was imported: ${count} row${count === 1 ? " was" : "s were"} rejected. Fix ${count === 1 ? "it" : "them"} and import the whole file again.`,
        );
      }
      revalidatePath("/customers");
      return `Imported ${report.imported} customer${report.imported === 1 ? "" : "s"}.`;
    },
  });
  const reply = await importFile(previous, formData);
  return { ...reply, report };
}

/** The case page's customer panel: confirm a registered customer for the case, or clear it. */
export const confirmCaseCustomerAction = staffFormAction("cases:work", {
  schema: confirmCaseCustomerSchema,
  run: async (confirmation, { actor }) => {
    const { changed } = await confirmCaseCustomer(confirmation, actor);
    revalidatePath(`/cases/${confirmation.caseId}`);
    if (!changed) return "No change.";
    return confirmation.customerId ? "Customer confirmed." : "Confirmation cleared.";
  },
});

/** "Create the customer from this case": registers it, confirms it for the case, back to the case. */
export const createCustomerForCaseAction = staffFormAction("customers:manage", {
  schema: createCustomerForCaseSchema,
  run: async (customer, { actor }) => {
    await createCustomerForCase(customer, actor);
    revalidatePath("/customers");
    revalidatePath(`/cases/${customer.caseId}`);
    redirect(`/cases/${customer.caseId}`);
  },
});
