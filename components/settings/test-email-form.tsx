"use client";

import { sendTestEmailAction } from "@/lib/actions/staff/email-settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { sendTestEmailSchema } from "@/lib/domain/settings/email-delivery";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

export function TestEmailForm() {
  const { formProps, pending, ok, message, errors } = useSchemaForm(sendTestEmailSchema, sendTestEmailAction);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <div className="min-w-72 flex-1">
        <Field label="Send a test email to" name="to" type="email" required errors={errors.to} />
      </div>
      <div className="space-y-1">
        <label htmlFor="locale" className="block text-sm font-medium">
          Language
        </label>
        <select id="locale" name="locale" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        Send test email
      </Button>
      {message && (
        <div className="basis-full">
          <Alert tone={ok ? "success" : "error"}>{message}</Alert>
        </div>
      )}
    </form>
  );
}
