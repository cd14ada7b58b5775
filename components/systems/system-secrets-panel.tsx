import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { SystemDetail } from "@/lib/server/systems/get-system";
import { RotateSecretForm } from "./rotate-secret-form";

/** A webhook system's secrets by hint and dates (the values were shown once), with the rotate buttons. */
export function SystemSecretsPanel({
  systemId,
  secrets,
  canRotate,
  locale,
}: {
  systemId: string;
  secrets: SystemDetail["secrets"];
  canRotate: boolean;
  locale: Locale;
}) {
  const t = translatorFor(locale);
  return (
    <section aria-labelledby="secrets-heading" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="secrets-heading" className="font-semibold">
        {t("systems.secrets.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("systems.secrets.intro")}</p>
      {secrets.length === 0 ? (
        <p className="text-sm text-slate-600">{t("systems.secrets.none")}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="system-secrets">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">
                {t("systems.secrets.kind")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("systems.secrets.hint")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("systems.secrets.created")}
              </th>
              <th scope="col" className="py-2">
                {t("systems.secrets.state")}
              </th>
            </tr>
          </thead>
          <tbody>
            {secrets.map((secret) => (
              <tr key={secret.id} className="border-b border-slate-200">
                <td className="py-2 pr-3">{t(`systems.secrets.kinds.${secret.kind}`)}</td>
                <td className="py-2 pr-3">
                  <code translate="no">{secret.hint}</code>
                </td>
                <td className="py-2 pr-3">{formatDateTime(locale, secret.createdAt)}</td>
                <td className="py-2">
                  {!secret.working
                    ? t("systems.secrets.retired")
                    : secret.retiresAt
                      ? t("systems.secrets.retiring", { time: formatDateTime(locale, secret.retiresAt) })
                      : t("systems.secrets.working")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canRotate && (
        <div className="flex flex-wrap gap-6">
          <RotateSecretForm systemId={systemId} kind="WEBHOOK_SIGNING" />
          <RotateSecretForm systemId={systemId} kind="API_TOKEN" />
        </div>
      )}
    </section>
  );
}
