"use client";

import { useTranslations } from "next-intl";
import { confirmCaseCustomerAction } from "@/lib/actions/staff/customers";
import { Button } from "@/components/ui/button";
import { confirmCaseCustomerSchema } from "@/lib/domain/customers/customer-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/** Confirms one customer for a case (or, with no customer, clears the confirmation). */
export function ConfirmCustomerButton({
  caseId,
  version,
  customer,
}: {
  caseId: string;
  version: number;
  customer: { id: string; name: string } | null;
}) {
  const { formProps, pending, ok, message, errors } = useSchemaForm(
    confirmCaseCustomerSchema,
    confirmCaseCustomerAction,
  );
  const t = useTranslations();
  // The fields are hidden: a refusal of one (an unknown case or customer) is shown like the form's.
  const text = message ?? Object.values(errors).flat()[0];
  return (
    <form {...formProps} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="customerId" value={customer?.id ?? ""} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="px-2 py-1 text-xs"
        aria-label={
          customer ? t("customers.confirm.confirmNamed", { name: customer.name }) : t("customers.confirm.clearLabel")
        }
      >
        {customer ? t("customers.confirm.confirm") : t("customers.confirm.clear")}
      </Button>
      {text && (
        <span role={ok ? "status" : "alert"} className={`text-xs ${ok ? "" : "text-red-700"}`}>
          {text}
        </span>
      )}
    </form>
  );
}
