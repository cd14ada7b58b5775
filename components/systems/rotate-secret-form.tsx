"use client";

import { useTranslations } from "next-intl";
import { rotateSystemSecretAction } from "@/lib/actions/staff/systems";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SystemSecretKind } from "@/lib/db/generated/enums";
import { rotateSystemSecretSchema } from "@/lib/domain/systems/system-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { ShownOnceSecrets } from "./shown-once-secrets";

/** One "rotate" button; the new secret is shown below it, this once. */
export function RotateSecretForm({ systemId, kind }: { systemId: string; kind: SystemSecretKind }) {
  const { formProps, pending, ok, message, data } = useSchemaForm(rotateSystemSecretSchema, rotateSystemSecretAction, {
    id: `rotate-${kind}`,
  });
  const t = useTranslations();
  return (
    <div className="space-y-2">
      <form {...formProps} className="space-y-1">
        <input type="hidden" name="systemId" value={systemId} />
        <input type="hidden" name="kind" value={kind} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="retireNow" value="true" />
          {t("systems.secrets.retireNow")}
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending
            ? t("systems.secrets.rotating")
            : kind === "WEBHOOK_SIGNING"
              ? t("systems.secrets.rotateSigning")
              : t("systems.secrets.rotateToken")}
        </Button>
      </form>
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      {data && <ShownOnceSecrets systemId={data.systemId} secrets={data.secrets} />}
    </div>
  );
}
