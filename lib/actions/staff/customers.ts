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
import { staffFormAction, type FormReply } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { confirmCaseCustomer } from "@/lib/server/customers/confirm-case-customer";
import { createCustomer } from "@/lib/server/customers/create-customer";
import { createCustomerForCase } from "@/lib/server/customers/create-customer-for-case";
import { importCustomers, importRejected, type ImportReport } from "@/lib/server/customers/import-customers";
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
    const t = translatorFor(actor.locale);
    return changed.length ? t("customers.done.saved") : t("customers.done.noChange");
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
      if (count > 0) throw importRejected(count);
      revalidatePath("/customers");
      return translatorFor(actor.locale)("customers.done.imported", { count: report.imported });
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
    const t = translatorFor(actor.locale);
    if (!changed) return t("customers.done.noChange");
    return confirmation.customerId ? t("customers.done.confirmed") : t("customers.done.cleared");
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
