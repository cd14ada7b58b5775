"use client";

import { useTranslations } from "next-intl";
import type { DeadlineStatus } from "@/lib/domain/deadlines";

/** Days left, overdue (red), due within 7 days (amber) or paused, from the stored due date. */
export function DeadlineBadge({ status, extended }: { status: DeadlineStatus; extended?: boolean }) {
  const t = useTranslations();
  const tone =
    status.kind === "overdue"
      ? "bg-red-100 text-red-900"
      : status.kind === "paused"
        ? "bg-slate-200 text-slate-800"
        : status.daysLeft <= 7
          ? "bg-amber-100 text-amber-900"
          : "bg-green-50 text-green-900";
  const text =
    status.kind === "paused"
      ? t("cases.badge.paused")
      : status.kind === "overdue"
        ? t("cases.badge.overdue", { count: status.daysOverdue })
        : status.dueToday
          ? t("cases.badge.dueToday")
          : t("cases.badge.daysLeft", { count: status.daysLeft });
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${tone}`}>
      {text}
      {extended ? t("cases.badge.extended") : ""}
    </span>
  );
}
