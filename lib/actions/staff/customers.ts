"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { MAX_IMPORT_BYTES } from "@/lib/domain/customers/customer-csv";
import { AppError } from "@/lib/errors/app-error";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { confirmCaseCustomer } from "@/lib/server/customers/confirm-case-customer";
import { createCustomer } from "@/lib/server/customers/create-customer";
import { createCustomerForCase } from "@/lib/server/customers/create-customer-for-case";
import { importCustomers, type ImportReport } from "@/lib/server/customers/import-customers";
import { updateCustomer } from "@/lib/server/customers/update-customer";

/** The customer form's fields as the use-cases read them (lists stay text; their schema splits them). */
function customerFields(formData: FormData) {
  return {
    name: formData.get("name"),
    aliases: formData.get("aliases"),
    contactEmails: formData.get("contactEmails"),
    agreementReference: formData.get("agreementReference"),
    active: formData.get("active"),
    notes: formData.get("notes"),
  };
}

const FIELD_NAMES = ["name", "aliases", "contactEmails", "agreementReference", "active", "notes"] as const;

/** A customer form's state: after a refusal, what was typed, so the form shows it again (React resets forms). */
export type CustomerFormState = FormState & { values?: Partial<Record<(typeof FIELD_NAMES)[number], string>> };

function keepValues(state: FormState, formData: FormData): CustomerFormState {
  if (state.ok) return state;
  const values = Object.fromEntries(
    FIELD_NAMES.map((name) => [name, formData.get(name)]).filter(([, value]) => typeof value === "string"),
  ) as CustomerFormState["values"];
  return { ...state, values };
}

export async function createCustomerAction(
  _previous: CustomerFormState,
  formData: FormData,
): Promise<CustomerFormState> {
  let created: string | undefined;
  const state = await runFormAction(async () => {
    const actor = await requirePermission("customers:manage");
    created = (await createCustomer(customerFields(formData), actor)).customerId;
    revalidatePath("/customers");
    return "Customer added.";
  });
  if (created) redirect(`/customers/${created}`);
  return keepValues(state, formData);
}

export async function updateCustomerAction(
  _previous: CustomerFormState,
  formData: FormData,
): Promise<CustomerFormState> {
  const state = await runFormAction(async () => {
    const actor = await requirePermission("customers:manage");
    const customerId = formData.get("customerId");
    const { changed } = await updateCustomer(
      { ...customerFields(formData), customerId, expectedUpdatedAt: formData.get("expectedUpdatedAt") },
      actor,
    );
    revalidatePath("/customers");
    if (typeof customerId === "string") revalidatePath(`/customers/${customerId}`);
    return changed.length ? "Changes saved." : "No change.";
  });
  return keepValues(state, formData);
}

export type ImportState = FormState & { report?: ImportReport };

export async function importCustomersAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  let report: ImportReport | undefined;
  const state = await runFormAction(async () => {
    const actor = await requirePermission("customers:manage");
    const upload = formData.get("file");
    const file = upload instanceof File && upload.size > 0 ? upload : null;
    if (file && file.size > MAX_IMPORT_BYTES) {
      throw new AppError("VALIDATION", "The file is larger than 2 MB.", {
        file: ["The file is larger than 2 MB. Split it and import each part."],
      });
    }
    report = await importCustomers(
      { file: file && { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } },
      actor,
    );
    if (report.rejected.length > 0) return undefined;
    revalidatePath("/customers");
    return `Imported ${report.imported} customer${report.imported === 1 ? "" : "s"}.`;
  });
  if (report && report.rejected.length > 0) {
    const count = report.rejected.length;
    return {
      ok: false,
      report,
      message: `Nothing was imported: ${count} row${count === 1 ? " was" : "s were"} rejected. Fix ${count === 1 ? "it" : "them"} and import the whole file again.`,
    };
  }
  return { ...state, report };
}

/** The case page's customer panel: confirm a registered customer for the case, or clear it. */
export async function confirmCaseCustomerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("cases:work");
    const input = {
      caseId: formData.get("caseId"),
      expectedVersion: formData.get("expectedVersion") ?? undefined,
      customerId: formData.get("customerId"),
    };
    const { changed } = await confirmCaseCustomer(input, actor);
    if (typeof input.caseId === "string") revalidatePath(`/cases/${input.caseId}`);
    if (!changed) return "No change.";
    return input.customerId ? "Customer confirmed." : "Confirmation cleared.";
  });
}

/** "Create the customer from this case": registers it, confirms it for the case, back to the case. */
export async function createCustomerForCaseAction(
  _previous: CustomerFormState,
  formData: FormData,
): Promise<CustomerFormState> {
  let caseId: string | undefined;
  const state = await runFormAction(async () => {
    const actor = await requirePermission("customers:manage");
    const input = { ...customerFields(formData), caseId: formData.get("caseId") };
    await createCustomerForCase(input, actor);
    caseId = input.caseId as string;
    revalidatePath("/customers");
    revalidatePath(`/cases/${caseId}`);
    return "Customer added and confirmed for the case.";
  });
  if (caseId) redirect(`/cases/${caseId}`);
  return keepValues(state, formData);
}
