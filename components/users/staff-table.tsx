import { ResendInvitationButton, StaffStatusButton } from "@/components/users/staff-account-buttons";
import { StaffRoleForm } from "@/components/users/staff-role-form";
import type { StaffRow } from "@/lib/server/users/list-staff";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor, type Translator } from "@/lib/i18n/translator";

function statusOf(
  t: Translator,
  locale: Locale,
  row: StaffRow,
  now: Date,
): { label: string; tone: string; detail?: string } {
  if (row.disabled) return { label: t("settings.users.status.disabled"), tone: "bg-slate-200 text-slate-800" };
  if (row.invitationExpiresAt) {
    return row.invitationExpiresAt > now
      ? {
          label: t("settings.users.status.invited"),
          tone: "bg-amber-100 text-amber-900",
          detail: t("settings.users.linkValidUntil", { time: formatDateTime(locale, row.invitationExpiresAt) }),
        }
      : { label: t("settings.users.status.expired"), tone: "bg-red-100 text-red-900" };
  }
  return { label: t("settings.users.status.active"), tone: "bg-green-100 text-green-900" };
}

/** Every staff account with what an administrator can do to it, in the administrator's language. */
export function StaffTable({
  rows,
  actorId,
  now,
  locale,
}: {
  rows: StaffRow[];
  actorId: string;
  now: Date;
  locale: Locale;
}) {
  const t = translatorFor(locale);
  return (
    <table className="w-full text-sm" data-testid="staff-table">
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-600">
          <th className="py-2 pr-3 font-medium">{t("settings.users.columns.name")}</th>
          <th className="py-2 pr-3 font-medium">{t("settings.users.columns.email")}</th>
          <th className="py-2 pr-3 font-medium">{t("settings.users.columns.role")}</th>
          <th className="py-2 pr-3 font-medium">{t("settings.users.columns.status")}</th>
          <th className="py-2 pr-3 font-medium">{t("settings.users.columns.lastSignIn")}</th>
          <th className="py-2 font-medium">
            <span className="sr-only">{t("settings.users.columns.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const status = statusOf(t, locale, row, now);
          const isSelf = row.id === actorId;
          return (
            <tr key={row.id} className="border-b border-slate-200 align-middle">
              <td className="py-2 pr-3">
                <span translate="no">{row.name}</span>
                {isSelf && <span className="ml-1 text-slate-600">{t("settings.users.you")}</span>}
              </td>
              <td className="py-2 pr-3" translate="no">
                {row.email}
              </td>
              <td className="py-2 pr-3">
                <StaffRoleForm userId={row.id} name={row.name} role={row.role} />
              </td>
              <td className="py-2 pr-3">
                <span className={`rounded px-2 py-0.5 text-xs font-medium ${status.tone}`}>{status.label}</span>
                {status.detail && <p className="mt-1 text-xs text-slate-600">{status.detail}</p>}
              </td>
              <td className="py-2 pr-3">
                {row.lastSignInAt ? formatDateTime(locale, row.lastSignInAt) : t("settings.users.never")}
              </td>
              <td className="space-x-2 py-2 text-right whitespace-nowrap">
                {row.invitationExpiresAt && !row.disabled && <ResendInvitationButton userId={row.id} name={row.name} />}
                {!isSelf && <StaffStatusButton userId={row.id} name={row.name} disabled={row.disabled} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
